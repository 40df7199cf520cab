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

import java.math.BigInteger;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of a DuckDB query result and, per column, the writer that copies its values
 * across from DuckDB's Arrow export.
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
    private final List<ColumnCopier> copiers;
    private final List<ParquetColumn> columns;

    private ResultSetSchema(MessageType messageType, List<ColumnCopier> copiers, List<ParquetColumn> columns) {
        this.messageType = messageType;
        this.copiers = List.copyOf(copiers);
        this.columns = List.copyOf(columns);
    }

    static ResultSetSchema of(ResultSetMetaData md) throws SQLException {
        List<Type> fields = new ArrayList<>();
        List<ColumnCopier> copiers = new ArrayList<>();
        List<ParquetColumn> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate column name in query result: " + name);
            }
            Mapped mapped = map(name, md.getColumnTypeName(i), md.getPrecision(i), md.getScale(i));
            fields.add(mapped.type());
            copiers.add(mapped.copier());
            columns.add(describe(mapped.type()));
        }
        return new ResultSetSchema(new MessageType("schema", fields), copiers, columns);
    }

    MessageType messageType() {
        return messageType;
    }

    List<ColumnCopier> copiers() {
        return copiers;
    }

    List<ParquetColumn> columns() {
        return columns;
    }

    private record Mapped(Type type, ColumnCopier copier) {
    }

    private static Mapped map(String name, String duckType, int precision, int scale) {
        String base = duckType.toUpperCase(java.util.Locale.ROOT);
        if (base.startsWith("DECIMAL")) {
            return decimal(name, precision, scale);
        }
        return switch (base) {
            case "VARCHAR" -> new Mapped(Types.optional(BINARY).as(stringType()).named(name),
                    ArrowColumnCopiers.string(name));
            case "TINYINT" -> new Mapped(int32(name, base), ArrowColumnCopiers.int8(name));
            case "SMALLINT" -> new Mapped(int32(name, base), ArrowColumnCopiers.int16(name));
            case "INTEGER" -> new Mapped(int32(name, base), ArrowColumnCopiers.int32(name));
            case "BIGINT" -> new Mapped(Types.optional(INT64).named(name), ArrowColumnCopiers.int64(name));
            case "DOUBLE" -> new Mapped(Types.optional(DOUBLE).named(name), ArrowColumnCopiers.float64(name));
            case "FLOAT" -> new Mapped(Types.optional(FLOAT).named(name), ArrowColumnCopiers.float32(name));
            case "BOOLEAN" -> new Mapped(Types.optional(BOOLEAN).named(name), ArrowColumnCopiers.bool(name));
            case "DATE" -> new Mapped(Types.optional(INT32).as(dateType()).named(name), ArrowColumnCopiers.date(name));
            // DuckDB's TIMESTAMP is a wall-clock time without zone: isAdjustedToUTC = false, so readers
            // show the same wall-clock value instead of shifting it into their own zone.
            case "TIMESTAMP" -> new Mapped(Types.optional(INT64).as(timestampType(false, TimeUnit.MICROS)).named(name),
                    ArrowColumnCopiers.timestampMicros(name));
            case "VARCHAR[]" -> new Mapped(stringList(name),
                    ArrowColumnCopiers.stringList(name));
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

    /**
     * DECIMAL in the narrowest physical type the spec allows for its precision: INT32 up to 9 digits,
     * INT64 up to 18, else a big-endian two's-complement FIXED_LEN_BYTE_ARRAY just wide enough.
     */
    private static Mapped decimal(String name, int precision, int scale) {
        if (precision < 1 || precision > 38) {
            throw new IllegalArgumentException("column " + name + ": unsupported DECIMAL precision " + precision);
        }
        if (precision <= 9) {
            return new Mapped(Types.optional(INT32).as(decimalType(scale, precision)).named(name),
                    ArrowColumnCopiers.decimal(name, scale, (v, out) -> out.write(v.intValueExact(), 0, 1)));
        }
        if (precision <= 18) {
            return new Mapped(Types.optional(INT64).as(decimalType(scale, precision)).named(name),
                    ArrowColumnCopiers.decimal(name, scale, (v, out) -> out.write(v.longValueExact(), 0, 1)));
        }
        int width = bytesForPrecision(precision);
        return new Mapped(Types.optional(FIXED_LEN_BYTE_ARRAY).length(width).as(decimalType(scale, precision)).named(name),
                ArrowColumnCopiers.decimal(name, scale,
                        (v, out) -> out.write(Binary.fromConstantByteArray(fixedWidth(v, width)), 0, 1)));
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
