package jp.renkei.load;

import static jp.renkei.load.WarehouseUpgradeTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The Appender fills a staging row by position, so a staging table must have its fact's columns by name, type and
 * order: every stg_ table is held to its fct_, and a column added to a fact alone is caught.
 */
class StagingTablesTest {

    @TempDir
    Path tmp;

    @Test
    void everyStagingTableHasItsFactsColumnsByNameTypeAndOrder() throws Exception {
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            List<String> staging = rows(ds, """
                    SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'stg\\_%' ESCAPE '\\' ORDER BY 1""");
            assertThat(staging).containsExactly("stg_activity", "stg_indicator_value", "stg_population",
                    "stg_survey_free_text", "stg_survey_numeric", "stg_survey_result");
            assertThat(mismatches(ds, staging)).isEmpty();
            assertThat(rows(ds, "SELECT DISTINCT schema_name FROM duckdb_tables() WHERE table_name LIKE 'stg\\_%' ESCAPE '\\'"))
                    .as("out of the analysts' way").containsExactly("internal");
            assertThat(columns(ds, "stg_population")).containsExactly("region_code VARCHAR", "base VARCHAR",
                    "as_of_date DATE", "population BIGINT", "statistic VARCHAR", "source_file_id VARCHAR",
                    "source_row INTEGER", "load_id VARCHAR");

            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE fct_population ADD COLUMN registry VARCHAR");
            }
            assertThat(mismatches(ds, staging)).singleElement().asString()
                    .startsWith("stg_population has [region_code VARCHAR").endsWith("load_id VARCHAR, registry VARCHAR]");
        }
    }

    private static List<String> mismatches(SingleConnectionDataSource ds, List<String> staging) throws Exception {
        List<String> found = new ArrayList<>();
        for (String stg : staging) {
            String fact = "fct_" + stg.substring("stg_".length());
            List<String> expected = columns(ds, fact);
            List<String> actual = columns(ds, stg);
            if (expected.isEmpty() || !actual.equals(expected)) {
                found.add(stg + " has " + actual + ", " + fact + " " + expected);
            }
        }
        return found;
    }

    private static List<String> columns(SingleConnectionDataSource ds, String table) throws Exception {
        return rows(ds, "SELECT column_name || ' ' || data_type FROM duckdb_columns() WHERE table_name = '" + table
                + "' AND database_name = current_database() ORDER BY column_index");
    }
}
