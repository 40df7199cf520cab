package jp.renkei.publish;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;

/**
 * The column copiers, one per Parquet type, reading DuckDB's Arrow export. Each batch's buffers are
 * copied into Java arrays once (Arrow's own getters check bounds and validity on every call); a string
 * column's UTF-8 bytes go to Parquet as slices of one array, with no {@code String} per cell.
 *
 * <p>Every column is optional (definition level 1 = present, 0 = null) and flat (repetition level 0),
 * except the string list: see {@link #stringList}.
 */
final class ArrowColumnCopiers {

    private static final int PRESENT = 1;
    private static final int NULL = 0;

    private ArrowColumnCopiers() {
    }

    /** The vector of a batch, cast to the class this copier reads, or a clear failure if DuckDB sent another. */
    private static <V extends FieldVector> V as(Class<V> type, FieldVector vector, String name) {
        if (!type.isInstance(vector)) {
            throw new IllegalStateException("column " + name + ": expected an Arrow " + type.getSimpleName()
                    + " from DuckDB, got " + vector.getClass().getSimpleName());
        }
        return type.cast(vector);
    }

    /** Base of the copiers of one optional primitive column: binds the vector and its validity. */
    private abstract static class NullableColumnCopier<V extends FieldVector> implements ColumnCopier {
        final String name;
        private final Class<V> type;
        final Validity validity = new Validity();
        V vector;

        NullableColumnCopier(Class<V> type, String name) {
            this.type = type;
            this.name = name;
        }

        @Override
        public void bind(FieldVector v) {
            vector = as(type, v, name);
            validity.bind(vector);
        }

        @Override
        public final void copy(int rows, ColumnWriter out) {
            for (int row = 0; row < rows; row++) {
                if (validity.isSet(row)) {
                    write(row, out);
                } else {
                    out.writeNull(0, NULL);
                }
            }
        }

        abstract void write(int row, ColumnWriter out);
    }

    static ColumnCopier string(String name) {
        return new NullableColumnCopier<>(VarCharVector.class, name) {
            private final Utf8Batch utf8 = new Utf8Batch();

            @Override
            public void bind(FieldVector v) {
                super.bind(v);
                utf8.bind(vector);
            }

            @Override
            void write(int row, ColumnWriter out) {
                out.write(utf8.binary(row), 0, PRESENT);
            }
        };
    }

    static ColumnCopier int8(String name) {
        return new NullableColumnCopier<>(TinyIntVector.class, name) {
            @Override
            void write(int row, ColumnWriter out) {
                out.write((int) vector.get(row), 0, PRESENT);
            }
        };
    }

    static ColumnCopier int16(String name) {
        return new NullableColumnCopier<>(SmallIntVector.class, name) {
            @Override
            void write(int row, ColumnWriter out) {
                out.write((int) vector.get(row), 0, PRESENT);
            }
        };
    }

    static ColumnCopier int32(String name) {
        return ints(IntVector.class, name);
    }

    /** Days since 1970-01-01 in Arrow and in Parquet's DATE alike. */
    static ColumnCopier date(String name) {
        return ints(DateDayVector.class, name);
    }

    /** A 32-bit column, its buffer copied out once per batch. */
    private static <V extends BaseFixedWidthVector> ColumnCopier ints(Class<V> type, String name) {
        return new NullableColumnCopier<>(type, name) {
            private int[] values = new int[0];

            @Override
            public void bind(FieldVector v) {
                super.bind(v);
                int n = vector.getValueCount();
                if (values.length < n) {
                    values = new int[n];
                }
                vector.getDataBuffer().nioBuffer(0, n * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values, 0, n);
            }

            @Override
            void write(int row, ColumnWriter out) {
                out.write(values[row], 0, PRESENT);
            }
        };
    }

    static ColumnCopier int64(String name) {
        return longs(BigIntVector.class, name);
    }

    /** Microseconds since the epoch of a wall-clock time, in Arrow and in Parquet alike. */
    static ColumnCopier timestampMicros(String name) {
        return longs(TimeStampMicroVector.class, name);
    }

    /** A 64-bit integer column, its buffer copied out once per batch. */
    private static <V extends BaseFixedWidthVector> ColumnCopier longs(Class<V> type, String name) {
        return new NullableColumnCopier<>(type, name) {
            private long[] values = new long[0];

            @Override
            public void bind(FieldVector v) {
                super.bind(v);
                int n = vector.getValueCount();
                if (values.length < n) {
                    values = new long[n];
                }
                vector.getDataBuffer().nioBuffer(0, n * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(values, 0, n);
            }

            @Override
            void write(int row, ColumnWriter out) {
                out.write(values[row], 0, PRESENT);
            }
        };
    }

    static ColumnCopier float64(String name) {
        return new NullableColumnCopier<>(Float8Vector.class, name) {
            private double[] values = new double[0];

            @Override
            public void bind(FieldVector v) {
                super.bind(v);
                int n = vector.getValueCount();
                if (values.length < n) {
                    values = new double[n];
                }
                vector.getDataBuffer().nioBuffer(0, n * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values, 0, n);
            }

            @Override
            void write(int row, ColumnWriter out) {
                out.write(values[row], 0, PRESENT);
            }
        };
    }

    static ColumnCopier float32(String name) {
        return new NullableColumnCopier<>(Float4Vector.class, name) {
            @Override
            void write(int row, ColumnWriter out) {
                out.write(vector.get(row), 0, PRESENT);
            }
        };
    }

    static ColumnCopier bool(String name) {
        return new NullableColumnCopier<>(BitVector.class, name) {
            @Override
            void write(int row, ColumnWriter out) {
                out.write(vector.get(row) != 0, 0, PRESENT);
            }
        };
    }

    /** A DECIMAL's unscaled value, in the physical type {@code put} writes (INT32, INT64 or fixed bytes). */
    static ColumnCopier decimal(String name, int scale, DecimalPut put) {
        return new NullableColumnCopier<>(DecimalVector.class, name) {
            @Override
            void write(int row, ColumnWriter out) {
                BigDecimal v = vector.getObject(row);
                put.write(v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue(), out);
            }
        };
    }

    @FunctionalInterface
    interface DecimalPut {
        void write(BigInteger unscaled, ColumnWriter out);
    }

    /**
     * A {@code VARCHAR[]} as the standard three-level LIST (optional group, repeated group "list", optional
     * element): definition level 0 = the list is NULL, 1 = empty, 2 = a NULL element, 3 = an element;
     * repetition level 0 starts a row's list, 1 continues it.
     */
    static ColumnCopier stringList(String name) {
        return new ColumnCopier() {
            private final Validity lists = new Validity();
            private final Validity present = new Validity();
            private final Utf8Batch utf8 = new Utf8Batch();
            private ListVector vector;

            @Override
            public void bind(FieldVector v) {
                vector = as(ListVector.class, v, name);
                lists.bind(vector);
                VarCharVector elements = as(VarCharVector.class, vector.getDataVector(), name + ".element");
                present.bind(elements);
                utf8.bind(elements);
            }

            @Override
            public void copy(int rows, ColumnWriter out) {
                for (int row = 0; row < rows; row++) {
                    if (!lists.isSet(row)) {
                        out.writeNull(0, 0);
                        continue;
                    }
                    int from = vector.getElementStartIndex(row);
                    int to = vector.getElementEndIndex(row);
                    if (from == to) {
                        out.writeNull(0, 1);
                    }
                    for (int i = from; i < to; i++) {
                        int repetition = i == from ? 0 : 1;
                        if (present.isSet(i)) {
                            out.write(utf8.binary(i), repetition, 3);
                        } else {
                            out.writeNull(repetition, 2);
                        }
                    }
                }
            }
        };
    }

    /** A batch's validity bitmap, copied once; all set when the batch has no null. */
    private static final class Validity {
        private byte[] bits = new byte[0];
        private boolean allSet;

        void bind(FieldVector vector) {
            int n = vector.getValueCount();
            allSet = vector.getNullCount() == 0;
            if (!allSet) {
                int bytes = (n + 7) >>> 3;
                if (bits.length < bytes) {
                    bits = new byte[bytes];
                }
                vector.getValidityBuffer().getBytes(0, bits, 0, bytes);
            }
        }

        boolean isSet(int row) {
            return allSet || (bits[row >>> 3] & (1 << (row & 7))) != 0;
        }
    }

    /**
     * The UTF-8 bytes and offsets of one batch's string vector, copied out of Arrow's buffers in one go.
     * Values are handed out as slices marked reused, so that Parquet copies what it keeps (dictionary
     * entries, statistics) and the array can serve the next batch.
     */
    private static final class Utf8Batch {
        private byte[] bytes = new byte[0];
        private int[] offsets = new int[0];

        void bind(VarCharVector vector) {
            int count = vector.getValueCount();
            if (count == 0) {
                return; // an empty batch's buffers may be empty too
            }
            if (offsets.length < count + 1) {
                offsets = new int[count + 1];
            }
            vector.getOffsetBuffer().nioBuffer(0, (count + 1) * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN)
                    .asIntBuffer().get(offsets, 0, count + 1);
            int length = offsets[count];
            if (bytes.length < length) {
                bytes = new byte[Math.max(length, bytes.length * 2)];
            }
            vector.getDataBuffer().getBytes(0, bytes, 0, length);
        }

        Binary binary(int row) {
            return Binary.fromReusedByteArray(bytes, offsets[row], offsets[row + 1] - offsets[row]);
        }
    }
}
