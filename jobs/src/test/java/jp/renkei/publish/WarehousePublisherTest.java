package jp.renkei.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import jp.renkei.testsupport.LegacyDuckDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published warehouse file, read back the way analysts read it: with a DuckDB 1.4 client. */
class WarehousePublisherTest {

    @TempDir
    Path work;

    @TempDir
    Path output;

    private Connection working;
    private final WarehousePublisher publisher = new WarehousePublisher();

    @BeforeEach
    void createWorkingDatabase() throws Exception {
        working = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("renkei.duckdb"));
        execute("""
                CREATE TABLE area (code VARCHAR PRIMARY KEY, name VARCHAR, population INTEGER, rate DOUBLE);
                COMMENT ON TABLE area IS '日常生活圏域';
                COMMENT ON COLUMN area.population IS '人口（住民基本台帳）';
                INSERT INTO area VALUES ('01', '中央圏域', 12000, 427.8), ('02', '北部圏域', 8500, NULL);
                CREATE VIEW area_total AS SELECT sum(population) AS total FROM area;
                COMMENT ON VIEW area_total IS '市全体の人口';
                """);
        // the real Spring Batch job repository, as the job runner keeps it inside the working file
        try (InputStream ddl = getClass().getResourceAsStream("/org/springframework/batch/core/schema-postgresql.sql")) {
            execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        execute("""
                INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'nightly', 'k');
                INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME)
                    VALUES (1, 0, 1, now()::TIMESTAMP);
                CREATE TABLE batch_lowercase_leftover (x INTEGER);
                """);
    }

    @AfterEach
    void close() throws Exception {
        working.close();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = working.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aDuckDb14ClientOpensThePublishedFileWithTablesViewsAndComments() throws Exception {
        Path published = publisher.publish(working, output);

        assertThat(published).isEqualTo(output.resolve("warehouse.duckdb")).isRegularFile();
        assertThat(LegacyDuckDb.query(published, "SELECT version()").getFirst().getFirst()).startsWith("v1.4");
        assertThat(LegacyDuckDb.query(published, "SELECT code, name, population, rate FROM area ORDER BY code"))
                .containsExactly(List.of("01", "中央圏域", "12000", "427.8"), java.util.Arrays.asList("02", "北部圏域", "8500", null));
        assertThat(LegacyDuckDb.query(published, "SELECT total FROM area_total")).containsExactly(List.of("20500"));
        assertThat(LegacyDuckDb.query(published, "SELECT comment FROM duckdb_tables() WHERE table_name = 'area'"))
                .containsExactly(List.of("日常生活圏域"));
        assertThat(LegacyDuckDb.query(published,
                "SELECT comment FROM duckdb_columns() WHERE table_name = 'area' AND column_name = 'population'"))
                .containsExactly(List.of("人口（住民基本台帳）"));
        assertThat(LegacyDuckDb.query(published, "SELECT comment FROM duckdb_views() WHERE view_name = 'area_total'"))
                .containsExactly(List.of("市全体の人口"));
    }

    @Test
    void theJobRepositoryStaysBehindInTheWorkingFile() throws Exception {
        Path published = publisher.publish(working, output);

        assertThat(LegacyDuckDb.query(published, "SELECT table_name FROM duckdb_tables() ORDER BY 1"))
                .containsExactly(List.of("area"));
        assertThat(LegacyDuckDb.query(published, "SELECT count(*) FROM duckdb_sequences()"))
                .containsExactly(List.of("0"));
        assertThat(AllTypesFixture.rows(working,
                "SELECT count(*) FROM duckdb_tables() WHERE upper(table_name) LIKE 'BATCH%' AND database_name = current_database()"))
                .containsExactly(List.of(7L));
        assertThat(AllTypesFixture.rows(working, "SELECT count(*) FROM duckdb_sequences() WHERE database_name = current_database()"))
                .containsExactly(List.of(3L));
        assertThat(AllTypesFixture.rows(working, "SELECT count(*) FROM duckdb_databases() WHERE database_name <> current_database() "
                + "AND NOT internal")).containsExactly(List.of(0L));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void republishingReplacesTheFileWhileAnOpenReaderKeepsItsCopy() throws Exception {
        publisher.publish(working, output);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection reader = DriverManager.getConnection("jdbc:duckdb:" + output.resolve("warehouse.duckdb"), readOnly)) {
            execute("UPDATE area SET population = 13000 WHERE code = '01'");

            publisher.publish(working, output);

            assertThat(AllTypesFixture.rows(reader, "SELECT population FROM area WHERE code = '01'"))
                    .containsExactly(List.of(12000));
        }
        assertThat(LegacyDuckDb.query(output.resolve("warehouse.duckdb"), "SELECT population FROM area WHERE code = '01'"))
                .containsExactly(List.of("13000"));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWorkingConnectionInATransactionIsLeftAsItWas() throws Exception {
        working.setAutoCommit(false);
        execute("INSERT INTO area VALUES ('03', '南部圏域', 100, 1.5)");

        Path published = publisher.publish(working, output);

        assertThat(working.getAutoCommit()).isFalse();
        assertThat(LegacyDuckDb.query(published, "SELECT count(*) FROM area")).containsExactly(List.of("3"));
    }

    @Test
    void aFailedPublishLeavesNoHalfFileAndNoAttachedCopy() throws Exception {
        // a directory where the file should go makes the final rename fail after the copy is complete
        Files.createDirectories(output.resolve("warehouse.duckdb")).resolve("in-the-way").toFile().createNewFile();

        assertThatThrownBy(() -> publisher.publish(working, output)).isInstanceOf(IOException.class);

        assertThat(leftovers()).isEmpty();
        assertThat(output.resolve("warehouse.duckdb/in-the-way")).exists();
        assertThat(AllTypesFixture.rows(working, "SELECT count(*) FROM duckdb_databases() WHERE database_name = 'renkei_publish'"))
                .containsExactly(List.of(0L));
        Files.delete(output.resolve("warehouse.duckdb/in-the-way"));
        Files.delete(output.resolve("warehouse.duckdb"));
        assertThat(publisher.publish(working, output)).isRegularFile();
    }

    @Test
    void aNightWithFewChangesBringsACopyOfThePublishedFileUpToDateTableByTable() throws Exception {
        execute("""
                CREATE TABLE fct_indicator_value (indicator_id VARCHAR, region_code VARCHAR, value DOUBLE);
                INSERT INTO fct_indicator_value VALUES ('A1.x', '01', 1.0), ('A1.x', '02', 2.0), ('B2.y', '01', 3.0), ('C3.z', '01', 4.0);
                """);
        Path published = publisher.publish(working, output);
        // the night: one export's values change, one export goes, one comes, and a small table changes a row
        execute("""
                UPDATE fct_indicator_value SET value = 2.5 WHERE indicator_id = 'A1.x' AND region_code = '02';
                DELETE FROM fct_indicator_value WHERE indicator_id = 'C3.z';
                INSERT INTO fct_indicator_value VALUES ('D4.w', '01', 5.0);
                UPDATE area SET population = 13000 WHERE code = '01';
                """);

        WarehousePublisher.Copy copy = publisher.copy(working, work.resolve("staged.duckdb"), published);

        assertThat(copy.fromPublished()).isTrue();
        // area whole (2 rows out, 2 in); of the facts only A1.x, C3.z and D4.w (3 rows out, 3 in), not B2.y
        assertThat(copy.how()).isEqualTo("brought up to date from the published file: "
                + "2 of 2 tables changed (area, fct_indicator_value), 5 rows removed and 5 added");
        assertThat(differingTables(copy.file())).isEmpty();
        assertThat(LegacyDuckDb.query(copy.file(), "SELECT indicator_id, region_code, value FROM fct_indicator_value ORDER BY ALL"))
                .containsExactly(List.of("A1.x", "01", "1.0"), List.of("A1.x", "02", "2.5"), List.of("B2.y", "01", "3.0"),
                        List.of("D4.w", "01", "5.0"));
        assertThat(LegacyDuckDb.query(copy.file(), "SELECT table_name FROM duckdb_tables() ORDER BY 1"))
                .containsExactly(List.of("area"), List.of("fct_indicator_value"));
        assertThat(Files.exists(work.resolve("staged.duckdb.wal"))).isFalse();
    }

    @Test
    void whatAClientWroteIntoThePublishedFileDoesNotSurviveTheNextNight() throws Exception {
        Path published = publisher.publish(working, output);
        try (Connection analyst = DriverManager.getConnection("jdbc:duckdb:" + published);
             Statement statement = analyst.createStatement()) {
            statement.execute("INSERT INTO area VALUES ('99', '試し', 1, 0.0)");
        }

        WarehousePublisher.Copy copy = publisher.copy(working, work.resolve("staged.duckdb"), published);

        assertThat(copy.how()).isEqualTo("brought up to date from the published file: "
                + "1 of 1 tables changed (area), 3 rows removed and 2 added");
        assertThat(differingTables(copy.file())).isEmpty();
    }

    @Test
    void aNightWithNothingChangedChangesNoTable() throws Exception {
        Path published = publisher.publish(working, output);

        assertThat(publisher.copy(working, work.resolve("staged.duckdb"), published).how())
                .isEqualTo("brought up to date from the published file: no table changed");
    }

    @Test
    void aPublishedFileWithAnotherSchemaAWriteAheadLogOrNoDuckDbAtAllIsNotReused() throws Exception {
        Path published = publisher.publish(working, output);
        execute("ALTER TABLE area ADD COLUMN note VARCHAR; UPDATE area SET note = '新設'");

        WarehousePublisher.Copy changedSchema = publisher.copy(working, work.resolve("a.duckdb"), published);
        assertThat(changedSchema.fromPublished()).isFalse();
        assertThat(changedSchema.how()).isEqualTo("copied whole: its schema differs from the working database's");
        assertThat(LegacyDuckDb.query(changedSchema.file(), "SELECT DISTINCT note FROM area")).containsExactly(List.of("新設"));

        Files.writeString(output.resolve("warehouse.duckdb.wal"), "");
        assertThat(publisher.copy(working, work.resolve("b.duckdb"), published).how())
                .isEqualTo("copied whole: the published file has a write-ahead log beside it (a client wrote to it)");
        Files.delete(output.resolve("warehouse.duckdb.wal"));

        Files.writeString(published, "not a database");
        WarehousePublisher.Copy unreadable = publisher.copy(working, work.resolve("c.duckdb"), published);
        assertThat(unreadable.how()).startsWith("copied whole: it could not be brought up to date: ");
        assertThat(differingTables(unreadable.file())).isEmpty();
        assertThat(Files.exists(work.resolve("c.duckdb.wal"))).isFalse();
    }

    /** Every table of the working database whose rows differ from the copy's (both ways, duplicates counted). */
    private List<String> differingTables(Path copy) throws SQLException {
        execute("ATTACH '" + copy + "' AS copied (READ_ONLY)");
        try {
            List<String> differing = new java.util.ArrayList<>();
            for (List<Object> table : AllTypesFixture.rows(working, "SELECT table_name FROM duckdb_tables() "
                    + "WHERE database_name = current_database() AND upper(table_name) NOT LIKE 'BATCH%' ORDER BY 1")) {
                String name = (String) table.getFirst();
                List<List<Object>> count = AllTypesFixture.rows(working, "SELECT (SELECT count(*) FROM (SELECT * FROM " + name
                        + " EXCEPT ALL SELECT * FROM copied." + name + ")) + (SELECT count(*) FROM (SELECT * FROM copied." + name
                        + " EXCEPT ALL SELECT * FROM " + name + "))");
                if (((Number) count.getFirst().getFirst()).longValue() != 0) {
                    differing.add(name);
                }
            }
            return differing;
        } finally {
            execute("DETACH copied");
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
