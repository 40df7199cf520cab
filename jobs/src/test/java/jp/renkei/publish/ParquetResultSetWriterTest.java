package jp.renkei.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetResultSetWriterTest {

    @TempDir
    Path dir;

    private Connection duckdb;

    @BeforeEach
    void open() throws Exception {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        AllTypesFixture.create(duckdb);
    }

    @AfterEach
    void close() throws Exception {
        duckdb.close();
    }

    private ParquetFileSummary write(String sql, Path file, ParquetResultSetWriter writer) throws Exception {
        try (Statement statement = duckdb.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return writer.write(rows, file);
        }
    }

    private static String lit(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    @Test
    void everyCellReadsBackInDuckDbWithTheSameTypes() throws Exception {
        Path file = dir.resolve("all.parquet");
        ParquetFileSummary summary = write(AllTypesFixture.SELECT, file, new ParquetResultSetWriter());

        assertThat(summary.rowCount()).isEqualTo(4);
        List<List<Object>> original = AllTypesFixture.rows(duckdb, AllTypesFixture.SELECT);
        List<List<Object>> back = AllTypesFixture.rows(duckdb, "SELECT * FROM read_parquet(" + lit(file) + ") ORDER BY id");
        assertThat(back).isEqualTo(original);

        List<Object> first = back.get(0);
        assertThat(first).containsExactly(1, "在宅医療・介護連携推進事業", 9007199254740993L, 427.8, true,
                LocalDate.of(2024, 4, 1), LocalDateTime.of(2024, 4, 1, 9, 30, 15, 123_456_000),
                new BigDecimal("12345678.90"), new BigDecimal("999.9"),
                new BigDecimal("-1234567890123456789012345678.0123456789"),
                Arrays.asList("訪問看護", null, "ケアマネジャー"));
        assertThat((Double) first.get(3)).isEqualTo(427.8);
        assertThat(back.get(1)).containsExactly(2, null, null, null, null, null, null, null, null, null, null);
        assertThat(back.get(2).get(10)).isEqualTo(List.of());
        assertThat(back.get(3).get(1)).isEqualTo("tab\tand\nnewline");
        assertThat(back.get(3).get(10)).isEqualTo(Arrays.asList((Object) null));

        assertThat(AllTypesFixture.rows(duckdb, "SELECT typeof(COLUMNS(*)) FROM read_parquet(" + lit(file) + ") LIMIT 1"))
                .isEqualTo(AllTypesFixture.rows(duckdb, "SELECT typeof(COLUMNS(*)) FROM all_types LIMIT 1"));
    }

    @Test
    void schemaCarriesLogicalTypesAndEveryColumnIsOptional() throws Exception {
        Path file = dir.resolve("all.parquet");
        ParquetFileSummary summary = write(AllTypesFixture.SELECT, file, new ParquetResultSetWriter());

        assertThat(summary.columns()).containsExactly(
                new ParquetColumn("id", "INT32", null),
                new ParquetColumn("name", "BINARY", "STRING"),
                new ParquetColumn("big", "INT64", null),
                new ParquetColumn("ratio", "DOUBLE", null),
                new ParquetColumn("flag", "BOOLEAN", null),
                new ParquetColumn("day", "INT32", "DATE"),
                new ParquetColumn("seen_at", "INT64", "TIMESTAMP(MICROS,false)"),
                new ParquetColumn("price", "INT64", "DECIMAL(10,2)"),
                new ParquetColumn("small", "INT32", "DECIMAL(4,1)"),
                new ParquetColumn("huge", "FIXED_LEN_BYTE_ARRAY", "DECIMAL(38,10)"),
                new ParquetColumn("tags", "GROUP", "LIST"));

        List<List<Object>> schema = AllTypesFixture.rows(duckdb, "SELECT name, type, repetition_type, logical_type, "
                + "type_length FROM parquet_schema(" + lit(file) + ")");
        assertThat(schema).extracting(r -> r.get(0)).containsExactly("schema", "id", "name", "big", "ratio", "flag",
                "day", "seen_at", "price", "small", "huge", "tags", "list", "element");
        assertThat(schema.subList(1, schema.size())).extracting(r -> r.get(2))
                .containsExactly("OPTIONAL", "OPTIONAL", "OPTIONAL", "OPTIONAL", "OPTIONAL", "OPTIONAL", "OPTIONAL",
                        "OPTIONAL", "OPTIONAL", "OPTIONAL", "OPTIONAL", "REPEATED", "OPTIONAL");
        assertThat(logicalType(schema, "name")).startsWith("StringType");
        assertThat(logicalType(schema, "day")).startsWith("DateType");
        assertThat(logicalType(schema, "seen_at")).contains("isAdjustedToUTC=0").contains("MICROS=MicroSeconds()");
        assertThat(logicalType(schema, "price")).isEqualTo("DecimalType(scale=2, precision=10)");
        assertThat(logicalType(schema, "huge")).isEqualTo("DecimalType(scale=10, precision=38)");
        assertThat(logicalType(schema, "tags")).startsWith("ListType");
        assertThat(logicalType(schema, "element")).startsWith("StringType");
        assertThat(schema).filteredOn(r -> r.get(0).equals("huge")).extracting(r -> r.get(4)).containsExactly("16");
    }

    private static String logicalType(List<List<Object>> schema, String column) {
        return schema.stream().filter(r -> r.get(0).equals(column)).findFirst().orElseThrow().get(3).toString();
    }

    @Test
    void pagesAreZstdCompressedAndSnappyIsAvailable() throws Exception {
        Path zstd = dir.resolve("zstd.parquet");
        write(AllTypesFixture.SELECT, zstd, new ParquetResultSetWriter());
        assertThat(AllTypesFixture.rows(duckdb, "SELECT DISTINCT compression FROM parquet_metadata(" + lit(zstd) + ")"))
                .containsExactly(List.of("ZSTD"));

        Path snappy = dir.resolve("snappy.parquet");
        write(AllTypesFixture.SELECT, snappy, new ParquetResultSetWriter(new ParquetResultSetWriter.Settings(
                CompressionCodecName.SNAPPY, 3, 128L << 20, 1 << 20)));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT DISTINCT compression FROM parquet_metadata(" + lit(snappy) + ")"))
                .containsExactly(List.of("SNAPPY"));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT * FROM read_parquet(" + lit(snappy) + ") ORDER BY id"))
                .isEqualTo(AllTypesFixture.rows(duckdb, AllTypesFixture.SELECT));
    }

    @Test
    void manyRowsSpanSeveralRowGroupsAndPages() throws Exception {
        Path file = dir.resolve("many.parquet");
        String sql = "SELECT i::INTEGER AS i, 'row ' || i AS label, i * 0.1 AS x, "
                + "(i % 1000)::DECIMAL(12,3) / 7 AS d FROM range(300000) t(i)";
        ParquetFileSummary summary = write(sql, file, new ParquetResultSetWriter(new ParquetResultSetWriter.Settings(
                CompressionCodecName.ZSTD, 3, 1L << 20, 64 << 10)));

        assertThat(summary.rowCount()).isEqualTo(300_000);
        assertThat(AllTypesFixture.rows(duckdb, "SELECT count(DISTINCT row_group_id) > 1 FROM parquet_metadata("
                + lit(file) + ")")).containsExactly(List.of(true));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT count(*) FROM (SELECT * FROM read_parquet(" + lit(file)
                + ") EXCEPT ALL " + sql + ")")).containsExactly(List.of(0L));
    }

    @Test
    void aTypeWithoutMappingFailsNamingTheColumn() {
        assertThatThrownBy(() -> write("SELECT 1 AS ok, {'a': 1} AS nested", dir.resolve("x.parquet"),
                new ParquetResultSetWriter()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested").hasMessageContaining("STRUCT");
    }

    @Test
    void decimalWidthFollowsTheParquetSpec() {
        assertThat(ResultSetSchema.bytesForPrecision(9)).isEqualTo(4);
        assertThat(ResultSetSchema.bytesForPrecision(18)).isEqualTo(8);
        assertThat(ResultSetSchema.bytesForPrecision(19)).isEqualTo(9);
        assertThat(ResultSetSchema.bytesForPrecision(38)).isEqualTo(16);
    }
}
