package jp.renkei.publish;

import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.intType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.listType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.FLOAT;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of a DuckDB query result and, per column, the code that copies a value across.
 *
 * <p>Types are chosen from DuckDB's own type names ({@code getColumnTypeName}), which tell a
 * {@code VARCHAR[]} from an {@code INTEGER[]} where {@code java.sql.Types} says only ARRAY. Every
 * column is optional: the warehouse's nullability is a property of the data, not of the file.
 * A type without a mapping fails the write with the column named, rather than guessing.
 */
final class ResultSetSchema {

    static final String LIST_GROUP = "list";
    static final String LIST_ELEMENT = "element";

    private final MessageType messageType;
    private final List<ColumnWriter> writers;
    private final List<ParquetColumn> columns;

    private ResultSetSchema(MessageType messageType, List<ColumnWriter> writers, List<ParquetColumn> columns) {
        this.messageType = messageType;
        this.writers = List.copyOf(writers);
        this.columns = List.copyOf(columns);
    }

    static ResultSetSchema of(ResultSetMetaData md) throws SQLException {
        List<Type> fields = new ArrayList<>();
        List<ColumnWriter> writers = new ArrayList<>();
        List<ParquetColumn> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate column name in query result: " + name);
            }
            Mapped mapped = map(name, i, i - 1, md.getColumnTypeName(i), md.getPrecision(i), md.getScale(i));
            fields.add(mapped.type());
            writers.add(mapped.writer());
            columns.add(describe(mapped.type()));
        }
        return new ResultSetSchema(new MessageType("schema", fields), writers, columns);
    }

    MessageType messageType() {
        return messageType;
    }

    List<ColumnWriter> writers() {
        return writers;
    }

    List<ParquetColumn> columns() {
        return columns;
    }

    private record Mapped(Type type, ColumnWriter writer) {
    }

    private static Mapped map(String name, int col, int field, String duckType, int precision, int scale) {
        String base = duckType.toUpperCase(java.util.Locale.ROOT);
        if (base.startsWith("DECIMAL")) {
            return decimal(name, col, field, precision, scale);
        }
        return switch (base) {
            case "VARCHAR" -> new Mapped(Types.optional(BINARY).as(stringType()).named(name), (rs, rc) -> {
                String v = rs.getString(col);
                if (v != null) {
                    rc.startField(name, field);
                    rc.addBinary(Binary.fromString(v));
                    rc.endField(name, field);
                }
            });
            case "TINYINT", "SMALLINT", "INTEGER" -> new Mapped(int32(name, base), (rs, rc) -> {
                int v = rs.getInt(col);
                if (!rs.wasNull()) {
                    rc.startField(name, field);
                    rc.addInteger(v);
                    rc.endField(name, field);
                }
            });
            case "BIGINT" -> new Mapped(Types.optional(INT64).named(name), (rs, rc) -> {
                long v = rs.getLong(col);
                if (!rs.wasNull()) {
                    rc.startField(name, field);
                    rc.addLong(v);
                    rc.endField(name, field);
                }
            });
            case "DOUBLE" -> new Mapped(Types.optional(DOUBLE).named(name), (rs, rc) -> {
                double v = rs.getDouble(col);
                if (!rs.wasNull()) {
                    rc.startField(name, field);
                    rc.addDouble(v);
                    rc.endField(name, field);
                }
            });
            case "FLOAT" -> new Mapped(Types.optional(FLOAT).named(name), (rs, rc) -> {
                float v = rs.getFloat(col);
                if (!rs.wasNull()) {
                    rc.startField(name, field);
                    rc.addFloat(v);
                    rc.endField(name, field);
                }
            });
            case "BOOLEAN" -> new Mapped(Types.optional(BOOLEAN).named(name), (rs, rc) -> {
                boolean v = rs.getBoolean(col);
                if (!rs.wasNull()) {
                    rc.startField(name, field);
                    rc.addBoolean(v);
                    rc.endField(name, field);
                }
            });
            case "DATE" -> new Mapped(Types.optional(INT32).as(dateType()).named(name), (rs, rc) -> {
                LocalDate v = rs.getObject(col, LocalDate.class);
                if (v != null) {
                    rc.startField(name, field);
                    rc.addInteger(Math.toIntExact(v.toEpochDay()));
                    rc.endField(name, field);
                }
            });
            // DuckDB's TIMESTAMP is a wall-clock time without zone: isAdjustedToUTC = false, so readers
            // show the same wall-clock value instead of shifting it into their own zone.
            case "TIMESTAMP" -> new Mapped(
                    Types.optional(INT64).as(timestampType(false, TimeUnit.MICROS)).named(name), (rs, rc) -> {
                        LocalDateTime v = rs.getObject(col, LocalDateTime.class);
                        if (v != null) {
                            rc.startField(name, field);
                            rc.addLong(Math.addExact(Math.multiplyExact(v.toEpochSecond(ZoneOffset.UTC), 1_000_000L),
                                    v.getNano() / 1_000L));
                            rc.endField(name, field);
                        }
                    });
            case "VARCHAR[]" -> new Mapped(stringList(name), (rs, rc) -> writeStringList(rs, rc, col, name, field));
            default -> throw new IllegalArgumentException(
                    "column " + name + ": DuckDB type " + duckType + " has no Parquet mapping");
        };
    }

    private static PrimitiveType int32(String name, String duckType) {
        return switch (duckType) {
            case "TINYINT" -> Types.optional(INT32).as(intType(8, true)).named(name);
            case "SMALLINT" -> Types.optional(INT32).as(intType(16, true)).named(name);
            default -> Types.optional(INT32).named(name);
        };
    }

    /** The standard three-level LIST: optional group (LIST) { repeated group list { optional element } }. */
    private static Type stringList(String name) {
        return Types.optionalGroup().as(listType())
                .addField(Types.repeatedGroup()
                        .addField(Types.optional(BINARY).as(stringType()).named(LIST_ELEMENT))
                        .named(LIST_GROUP))
                .named(name);
    }

    private static void writeStringList(ResultSet rs, RecordConsumer rc, int col, String name, int field)
            throws SQLException {
        Array array = rs.getArray(col);
        if (array == null) {
            return;
        }
        Object[] values = (Object[]) array.getArray();
        rc.startField(name, field);
        rc.startGroup();
        // an empty list is a present outer group with no "list" field: readers then see [] rather than NULL
        if (values.length > 0) {
            rc.startField(LIST_GROUP, 0);
            for (Object value : values) {
                rc.startGroup();
                if (value != null) {
                    rc.startField(LIST_ELEMENT, 0);
                    rc.addBinary(Binary.fromString(value.toString()));
                    rc.endField(LIST_ELEMENT, 0);
                }
                rc.endGroup();
            }
            rc.endField(LIST_GROUP, 0);
        }
        rc.endGroup();
        rc.endField(name, field);
    }

    /**
     * DECIMAL in the narrowest physical type the spec allows for its precision: INT32 up to 9 digits,
     * INT64 up to 18, else a big-endian two's-complement FIXED_LEN_BYTE_ARRAY just wide enough.
     */
    private static Mapped decimal(String name, int col, int field, int precision, int scale) {
        if (precision < 1 || precision > 38) {
            throw new IllegalArgumentException("column " + name + ": unsupported DECIMAL precision " + precision);
        }
        if (precision <= 9) {
            return new Mapped(Types.optional(INT32).as(decimalType(scale, precision)).named(name), (rs, rc) -> {
                BigDecimal v = rs.getBigDecimal(col);
                if (v != null) {
                    rc.startField(name, field);
                    rc.addInteger(unscaled(v, scale).intValueExact());
                    rc.endField(name, field);
                }
            });
        }
        if (precision <= 18) {
            return new Mapped(Types.optional(INT64).as(decimalType(scale, precision)).named(name), (rs, rc) -> {
                BigDecimal v = rs.getBigDecimal(col);
                if (v != null) {
                    rc.startField(name, field);
                    rc.addLong(unscaled(v, scale).longValueExact());
                    rc.endField(name, field);
                }
            });
        }
        int width = bytesForPrecision(precision);
        return new Mapped(Types.optional(FIXED_LEN_BYTE_ARRAY).length(width)
                .as(decimalType(scale, precision)).named(name), (rs, rc) -> {
                    BigDecimal v = rs.getBigDecimal(col);
                    if (v != null) {
                        rc.startField(name, field);
                        rc.addBinary(Binary.fromConstantByteArray(fixedWidth(unscaled(v, scale), width)));
                        rc.endField(name, field);
                    }
                });
    }

    private static BigInteger unscaled(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
    }

    /** Smallest n with 2^(8n-1) > 10^precision: what the Parquet spec asks of a decimal's byte array. */
    static int bytesForPrecision(int precision) {
        BigInteger max = BigInteger.TEN.pow(precision);
        int n = 1;
        while (BigInteger.ONE.shiftLeft(8 * n - 1).compareTo(max) <= 0) {
            n++;
        }
        return n;
    }

    private static byte[] fixedWidth(BigInteger unscaled, int width) {
        byte[] minimal = unscaled.toByteArray();
        byte[] out = new byte[width];
        byte pad = (byte) (unscaled.signum() < 0 ? 0xFF : 0x00);
        int offset = width - minimal.length;
        for (int i = 0; i < offset; i++) {
            out[i] = pad;
        }
        System.arraycopy(minimal, 0, out, offset, minimal.length);
        return out;
    }

    private static ParquetColumn describe(Type type) {
        String logical = type.getLogicalTypeAnnotation() == null ? null : type.getLogicalTypeAnnotation().toString();
        String physical = type.isPrimitive() ? type.asPrimitiveType().getPrimitiveTypeName().name() : "GROUP";
        return new ParquetColumn(type.getName(), physical, logical);
    }
}
