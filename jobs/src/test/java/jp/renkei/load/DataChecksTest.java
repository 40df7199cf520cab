package jp.renkei.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The keys the survey's growing tables no longer declare are proven by the data checks instead. */
class DataChecksTest {

    @TempDir
    Path tmp;

    @Test
    void aRepeatedRespondentBandOrFreeTextFailsItsCheck() throws Exception {
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            DataChecks checks = new DataChecks(DSL.using(ds, SQLDialect.DUCKDB));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO dim_survey_respondent VALUES ('S1', 'k1', '女', '70代', NULL, '112062', 'L1'),
                                                                 ('S1', 'k2', '女', '70代', NULL, '112062', 'L1'),
                                                                 ('S2', 'k1', '女', '70代', NULL, '112062', 'L1')""");
                s.execute("""
                        INSERT INTO dim_survey_respondent_band VALUES ('S1', 'k1', 'sex', '性別', '女', 2, 'L1'),
                                                                      ('S1', 'k1', 'age', '年代', '70代', 6, 'L1')""");
                s.execute("""
                        INSERT INTO fct_survey_free_text VALUES ('S1', 'Q9', 'k1', '特になし', 'L1'),
                                                                ('S1', 'Q10', 'k1', '特になし', 'L1')""");
                assertThat(checks.run(1_000_000, 0.5, Map.of())).isEmpty();

                s.execute("INSERT INTO dim_survey_respondent VALUES ('S1', 'k1', '男', '60代', NULL, '112062', 'L2')");
                s.execute("INSERT INTO dim_survey_respondent_band VALUES ('S1', 'k1', 'sex', '性別', '男', 1, 'L2'),"
                        + " ('S1', 'k1', 'sex', '性別', '男', 1, 'L3')");
                s.execute("INSERT INTO fct_survey_free_text VALUES ('S1', 'Q9', 'k1', 'なし', 'L2')");
            }
            assertThat(checks.run(1_000_000, 0.5, Map.of())).containsExactly(
                    "primary keys: one row per survey and respondent: 1 row(s) violate it",
                    "primary keys: one band per survey, respondent and demographic: 2 row(s) violate it",
                    "primary keys: one free text per survey, question and respondent: 1 row(s) violate it");
        }
    }

    @Test
    void aRateOutOfRangeAndAFactThatLostRowsFailWithTheirBoundLimits() throws Exception {
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            DataChecks checks = new DataChecks(DSL.using(ds, SQLDialect.DUCKDB));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO dim_indicator (indicator_id, export_id, series_name, indicator_name, load_id) "
                        + "VALUES ('I1', 'E', 'S', 'N', 'L1')");
                s.execute("INSERT INTO dim_region (region_code, region_name, region_level, load_id) "
                        + "VALUES ('112062', '行田市', 'municipality', 'L1')");
                s.execute("INSERT INTO dim_period (period_key, period_kind, is_partial) VALUES ('FY2017', 'fiscal_year', false)");
                for (double rate : new double[] {-1, 400, 600}) {
                    s.execute("INSERT INTO fct_indicator_value (indicator_id, region_code, period_key, period_label, "
                            + "published_value, value_kind, numerator_estimated, denominator, rate_per_100k, value_status, "
                            + "source_file_id, source_row, source_column, load_id, display_mode) VALUES ('I1', '112062', "
                            + "'FY2017', 'H29年', 1, 'rate', false, 100000, " + rate + ", 'ok', 'F', 2, 'C', 'L1', '" + rate + "')");
                }
            }
            assertThat(checks.run(500, 0.2, Map.of("indicator_values", 3L, "population", 0L))).containsExactly(
                    "rates per 100,000 lie between 0 and renkei.check-rate-per100k-max: 2 row(s) violate it");
            String negative = "rates per 100,000 lie between 0 and renkei.check-rate-per100k-max: 1 row(s) violate it";
            assertThat(checks.run(1_000, 0.2, Map.of("indicator_values", 4L, "activities", 10L))).containsExactly(negative,
                    "fct_activity dropped from 10 rows (last published) to 0, more than renkei.check-max-row-drop = 0.2",
                    "fct_indicator_value dropped from 4 rows (last published) to 3, more than renkei.check-max-row-drop = 0.2");
            assertThat(checks.run(1_000, 0.25, Map.of("indicator_values", 4L))).containsExactly(negative);
        }
    }

    @Test
    void eachIndicatorValueAfterTheFirstOfItsKeyFailsTheKeyCheck_aMissingDisplayModeBeingTheEmptyOne() throws Exception {
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            DataChecks checks = new DataChecks(DSL.using(ds, SQLDialect.DUCKDB));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO dim_indicator (indicator_id, export_id, series_name, indicator_name, load_id) "
                        + "VALUES ('I1', 'E', 'S', 'N', 'L1')");
                s.execute("INSERT INTO dim_region (region_code, region_name, region_level, load_id) "
                        + "VALUES ('112062', '行田市', 'municipality', 'L1')");
                s.execute("INSERT INTO dim_period (period_key, period_kind, is_partial) VALUES ('FY2017', 'fiscal_year', false),"
                        + " ('FY2018', 'fiscal_year', false)");
                // FY2017 with no display mode three times (NULL, '' and NULL again), FY2018 once in each of two modes
                for (String row : new String[] {"'FY2017', NULL", "'FY2017', ''", "'FY2017', NULL", "'FY2018', '実数'",
                        "'FY2018', '率'"}) {
                    s.execute("INSERT INTO fct_indicator_value (indicator_id, region_code, period_key, display_mode, "
                            + "period_label, published_value, value_kind, numerator_estimated, value_status, source_file_id, "
                            + "source_row, source_column, load_id) SELECT 'I1', '112062', " + row + ", 'H29年', 1, 'count', "
                            + "false, 'not_normalised', 'F', 2, 'C', 'L1'");
                }
            }
            assertThat(checks.run(1_000_000, 0.5, Map.of())).containsExactly(
                    "primary keys: one row per indicator, region, period and display mode: 2 row(s) violate it");
        }
    }

    @Test
    void theKeyCheckGroupsTheSeriesOfUncheckedLoadsAndALoadThatBeginsAgainIsUnchecked() throws Exception {
        String key = "primary keys: one row per indicator, region, period and display mode: ";
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            var dsl = DSL.using(ds, SQLDialect.DUCKDB);
            DataChecks checks = new DataChecks(dsl);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO dim_indicator (indicator_id, export_id, series_name, indicator_name, load_id) "
                        + "VALUES ('I1', 'E1', 'S', 'N', 'L1'), ('I2', 'E2', 'S', 'N', 'L1')");
                s.execute("INSERT INTO dim_region (region_code, region_name, region_level, load_id) "
                        + "VALUES ('112062', '行田市', 'municipality', 'L1')");
                s.execute("INSERT INTO dim_period (period_key, period_kind, is_partial) VALUES ('FY2017', 'fiscal_year', false)");
                insertValues(s, "'I1', 'L1'", "'I2', 'L1'");
                assertThat(checks.run(1_000_000, 0.5, Map.of())).isEmpty();
                checks.passed();
                assertThat(dsl.fetch("SELECT load_id FROM internal.checked_load").getValues(0, String.class))
                        .containsExactly("L1");

                // load L2 writes I1 again; I2 gets a second row under the checked L1 (which no load does, but for
                // L1 begun again): only I1, the series of an unchecked load, is grouped
                insertValues(s, "'I1', 'L2'", "'I2', 'L1'");
                assertThat(checks.run(1_000_000, 0.5, Map.of())).containsExactly(key + "1 row(s) violate it");

                // L1 loaded again (forced): its series are grouped again
                new LoadRegistry(dsl).begin("L1", java.time.LocalDate.of(2026, 11, 24),
                        new jp.renkei.input.InputInventory(tmp, java.util.List.of()), "test");
                assertThat(dsl.fetch("SELECT load_id FROM internal.checked_load")).isEmpty();
                assertThat(checks.run(1_000_000, 0.5, Map.of())).containsExactly(key + "2 row(s) violate it");

                // L1 wrote I1 no more, and one I2: each series once again
                s.execute("DELETE FROM fct_indicator_value WHERE indicator_id = 'I1' AND load_id = 'L1' "
                        + "OR indicator_id = 'I2' AND source_row = 2");
                assertThat(checks.run(1_000_000, 0.5, Map.of())).isEmpty();
                checks.passed();
                assertThat(dsl.fetch("SELECT load_id FROM internal.checked_load ORDER BY 1").getValues(0, String.class))
                        .containsExactly("L1", "L2");
            }
        }
    }

    /** One value per (indicator_id, load_id) given, all of the same key; the first call's rows have source_row 1. */
    private int row = 0;

    private void insertValues(Statement s, String... indicatorAndLoad) throws java.sql.SQLException {
        row++;
        for (String values : indicatorAndLoad) {
            s.execute("INSERT INTO fct_indicator_value (indicator_id, load_id, region_code, period_key, period_label, "
                    + "published_value, value_kind, numerator_estimated, value_status, source_file_id, source_row, "
                    + "source_column) SELECT " + values + ", '112062', 'FY2017', 'H29年', 1, 'count', false, "
                    + "'not_normalised', 'F', " + row + ", 'C'");
        }
    }

    @Test
    void aCheckFileNamesItsCheckAndBindsItsParametersInOrder() {
        SqlCheck check = SqlCheck.parse("x.sql", """
                -- check: a name
                -- params: b, a
                SELECT 1 WHERE ? < ?;
                """);
        assertThat(check.name()).isEqualTo("a name");
        assertThat(check.sql()).isEqualTo("SELECT 1 WHERE ? < ?");
        assertThat(check.bindings(Map.of("a", 1, "b", 2))).containsExactly(2, 1);
        assertThat(SqlCheck.all()).extracting(SqlCheck::name).hasSize(10).contains(
                "every value has its denominator or a status that says why not");
    }
}
