package jp.renkei.load;

import static jp.renkei.load.WarehouseUpgradeTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** How Flyway runs renkei's migrations on DuckDB 2.0. */
class MigrationsTest {

    @TempDir
    Path tmp;

    /** jOOQ's code generator (the pom's concatenation) and the benchmark's floor rely on it. */
    @Test
    void theFilesInTheOrderTheirNamesSortAreTheOrderFlywayAppliesThem() throws Exception {
        try (SingleConnectionDataSource ds = dataSource("order.duckdb")) {
            Flyway flyway = WarehouseSchema.flyway(ds);
            assertThat(Arrays.stream(flyway.info().pending()).map(MigrationInfo::getScript))
                    .containsExactlyElementsOf(Arrays.stream(WarehouseSchema.schemaScripts()).map(Resource::getFilename).toList())
                    .startsWith("V1_010__loads.sql").endsWith("R__050_views.sql", "R__060_survey_views.sql");
        }
    }

    /** Staging and the input state are internal (V2): main holds dimensions, facts, what a load found, and views. */
    @Test
    void theAnalystsMainHoldsDimensionsFactsAndViewsAndInternalTheRest() throws Exception {
        try (SingleConnectionDataSource ds = dataSource("schemas.duckdb")) {
            new WarehouseSchema(ds).migrate();
            assertThat(rows(ds, """
                    SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT regexp_matches(table_name,
                        '^(dim|fct|bridge)_|^batch_|^flyway_schema_history$', 'i') ORDER BY 1"""))
                    .containsExactly("load_reject", "population_conflict");
            assertThat(rows(ds, "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name LIKE 'dim\\_%' ESCAPE '\\'"))
                    .containsExactly("12");
            assertThat(rows(ds, "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'internal' ORDER BY 1"))
                    .containsExactly("checked_load", "input_state", "stg_activity", "stg_indicator_value", "stg_population",
                            "stg_survey_free_text", "stg_survey_numeric", "stg_survey_result");
            assertThat(rows(ds, "SELECT DISTINCT schema_name FROM duckdb_views() WHERE NOT internal")).containsExactly("main");
        }
    }

    @Test
    void aFailingMigrationLeavesTheWarehouseAsItWas() throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("V999__broken.sql"), """
                CREATE TABLE half_done (a INTEGER);
                ALTER TABLE fct_population ADD COLUMN registry VARCHAR;
                INSERT INTO dim_scene VALUES (9, '途中');
                SELECT * FROM no_such_table;
                """);
        try (SingleConnectionDataSource ds = dataSource("w.duckdb")) {
            new WarehouseSchema(ds).migrate();
            String history = String.join("\n", rows(ds, "SELECT * FROM flyway_schema_history ORDER BY installed_rank"));
            Flyway withBroken = Flyway.configure().configuration(WarehouseSchema.flyway(ds).getConfiguration())
                    .locations("classpath:" + WarehouseSchema.LOCATION, "filesystem:" + broken).load();

            assertThatThrownBy(withBroken::migrate).isInstanceOf(FlywayException.class).hasMessageContaining("no_such_table");

            assertThat(rows(ds, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'half_done'")).containsExactly("0");
            assertThat(rows(ds, "SELECT count(*) FROM duckdb_columns() WHERE column_name = 'registry'")).containsExactly("0");
            assertThat(rows(ds, "SELECT count(*) FROM dim_scene")).containsExactly("4");
            assertThat(String.join("\n", rows(ds, "SELECT * FROM flyway_schema_history ORDER BY installed_rank")))
                    .isEqualTo(history);
        }
        // on a new warehouse the whole group goes: V1 is not left applied without the rest
        try (SingleConnectionDataSource ds = dataSource("new.duckdb")) {
            Flyway withBroken = Flyway.configure().configuration(WarehouseSchema.flyway(ds).getConfiguration())
                    .locations("classpath:" + WarehouseSchema.LOCATION, "filesystem:" + broken).load();
            assertThatThrownBy(withBroken::migrate).isInstanceOf(FlywayException.class);
            assertThat(rows(ds, "SELECT count(*) FROM duckdb_tables() WHERE table_name <> 'flyway_schema_history'"))
                    .containsExactly("0");
            assertThat(rows(ds, "SELECT count(*) FROM duckdb_views() WHERE NOT internal")).containsExactly("0");
        }
    }

    private SingleConnectionDataSource dataSource(String file) {
        return new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve(file), true);
    }
}
