package jp.renkei.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A warehouse made by the last release before migrations upgrades in place: every row stays, and its schema ends
 * equal to a new warehouse's. The fixture is the working file of that release (commit f537b9e) after it loaded the
 * sample input of input/ (`./renkei load --run-date 2026-12-01`), gzipped.
 */
class WarehouseUpgradeTest {

    static final String FIXTURE = "/upgrade/warehouse-f537b9e.duckdb.gz";

    @TempDir
    Path tmp;

    @Test
    void aWarehouseOfTheLastReleaseKeepsEveryRowAndEndsWithTheSchemaOfANewOne() throws Exception {
        Path old = unpack(tmp.resolve("old.duckdb"));
        Map<String, Long> rowsBefore;
        Map<String, String> contentBefore;
        try (SingleConnectionDataSource ds = dataSource(old)) {
            rowsBefore = rowCounts(ds);
            contentBefore = contents(ds);
            assertThat(rows(ds, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'flyway_schema_history'"))
                    .as("made before migrations").containsExactly("0");
            new WarehouseSchema(ds).migrate();
            // every table with its rows, and the tables later releases added, empty (V3: internal.checked_load)
            rowsBefore.put("checked_load", 0L);
            contentBefore.put("checked_load", "0");
            assertThat(rowCounts(ds)).isEqualTo(rowsBefore);
            assertThat(contents(ds)).isEqualTo(contentBefore);
            assertThat(rows(ds, "SELECT version || ' ' || type || ' ' || success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank"))
                    .startsWith("0 BASELINE true", "1.010 SQL true");
            assertThat(rows(ds, "SELECT count(*) FROM flyway_schema_history WHERE NOT success")).containsExactly("0");
            new WarehouseSchema(ds).migrate(); // the next start finds nothing to do
            assertThat(rowCounts(ds)).isEqualTo(rowsBefore);
        }
        // what the sample load left, read through the views an analyst uses
        assertThat(rowsBefore).containsEntry("fct_indicator_value", 32L).containsEntry("fct_population", 6L)
                .containsEntry("fct_activity", 7L).containsEntry("dim_survey_respondent", 612L)
                .containsEntry("fct_survey_result", 650L).containsEntry("input_state", 10L)
                .containsEntry("BATCH_JOB_EXECUTION", 1L);
        try (SingleConnectionDataSource ds = dataSource(old)) {
            assertThat(rows(ds, "SELECT count(*) FROM v_indicator_values")).containsExactly("32");
            assertThat(rows(ds, "SELECT count(*) || ' ' || sum(n_selected) FROM v_survey_results")).containsExactly("650 10590");
        }

        Path fresh = tmp.resolve("new.duckdb");
        try (SingleConnectionDataSource ds = dataSource(fresh)) {
            new WarehouseSchema(ds).migrate();
        }
        for (String part : SCHEMA.keySet()) {
            assertThat(describe(old, part)).as(part).isEqualTo(describe(fresh, part));
        }
        assertThat(describe(fresh, "columns")).hasSizeGreaterThan(300);
    }

    /** What a schema is made of, each as rows of text; flyway_schema_history's rows differ, its shape does not. */
    private static final Map<String, String> SCHEMA = new LinkedHashMap<>();

    static {
        SCHEMA.put("tables", """
                SELECT schema_name, table_name, comment, has_primary_key, temporary FROM duckdb_tables()
                WHERE database_name = current_database()""");
        SCHEMA.put("columns", """
                SELECT schema_name, table_name, column_index, column_name, data_type, is_nullable, column_default, comment
                FROM duckdb_columns() WHERE database_name = current_database()""");
        SCHEMA.put("constraints", """
                SELECT schema_name, table_name, constraint_type, constraint_column_names::VARCHAR, expression
                FROM duckdb_constraints() WHERE database_name = current_database()""");
        SCHEMA.put("views", """
                SELECT schema_name, view_name, comment, sql FROM duckdb_views()
                WHERE database_name = current_database() AND NOT internal""");
        SCHEMA.put("indexes", """
                SELECT schema_name, index_name, table_name, is_unique, expressions FROM duckdb_indexes()
                WHERE database_name = current_database()""");
        SCHEMA.put("sequences", """
                SELECT schema_name, sequence_name FROM duckdb_sequences() WHERE database_name = current_database()""");
        SCHEMA.put("schemas", """
                SELECT schema_name, comment FROM duckdb_schemas() WHERE database_name = current_database()""");
    }

    private static List<String> describe(Path file, String part) throws Exception {
        try (SingleConnectionDataSource ds = dataSource(file)) {
            return rows(ds, "SELECT CAST(d AS VARCHAR) FROM (" + SCHEMA.get(part) + ") d ORDER BY 1");
        }
    }

    /** Rows of every table, by table name (a table may move to another schema, its rows go with it). */
    private static Map<String, Long> rowCounts(SingleConnectionDataSource ds) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        perTable(ds, "count(*)").forEach((table, count) -> counts.put(table, Long.parseLong(count)));
        return counts;
    }

    /** Every table's rows as one order-free fingerprint: the sum of the rows' hashes. */
    private static Map<String, String> contents(SingleConnectionDataSource ds) throws Exception {
        return perTable(ds, "coalesce(sum(hash(t)), 0)");
    }

    private static Map<String, String> perTable(SingleConnectionDataSource ds, String aggregate) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String table : rows(ds, """
                SELECT table_name FROM duckdb_tables()
                WHERE database_name = current_database() AND table_name <> 'flyway_schema_history' ORDER BY table_name""")) {
            String schema = rows(ds, "SELECT schema_name FROM duckdb_tables() WHERE database_name = current_database()"
                    + " AND table_name = '" + table + "'").getFirst();
            values.put(table, rows(ds, "SELECT " + aggregate + " FROM \"" + schema + "\".\"" + table + "\" t").getFirst());
        }
        return values;
    }

    private Path unpack(Path target) throws Exception {
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(FIXTURE))) {
            Files.copy(in, target);
        }
        return target;
    }

    private static SingleConnectionDataSource dataSource(Path file) {
        return new SingleConnectionDataSource("jdbc:duckdb:" + file.toAbsolutePath(), true);
    }

    static List<String> rows(SingleConnectionDataSource ds, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
