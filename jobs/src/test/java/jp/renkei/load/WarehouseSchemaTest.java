package jp.renkei.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A warehouse made before the keys of the growing tables were dropped is rebuilt without them on the next start,
 * every row and every comment kept; a warehouse already without them is left alone.
 */
class WarehouseSchemaTest {

    /** The keys the tables had before (sql/schema of 2026-11-23). */
    private static final Map<String, String> OLD_KEYS = Map.of(
            "fct_indicator_value", "indicator_id, region_code, period_key",
            "dim_survey_respondent", "survey_id, respondent_key",
            "dim_survey_respondent_band", "survey_id, respondent_key, demographic_id",
            "fct_survey_free_text", "survey_id, question_id, respondent_key");

    @TempDir
    Path tmp;

    @Test
    void tablesWithADroppedKeyAreRebuiltWithoutItAndKeepTheirRows() throws Exception {
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                for (var old : OLD_KEYS.entrySet()) {
                    String ddl = single(s, "SELECT sql FROM duckdb_tables() WHERE table_name = '" + old.getKey() + "'");
                    s.execute("DROP TABLE " + old.getKey());
                    s.execute(ddl.substring(0, ddl.lastIndexOf(')')) + ", PRIMARY KEY (" + old.getValue() + "));");
                }
                s.execute("""
                        INSERT INTO fct_indicator_value (indicator_id, region_code, period_key, period_label, value_kind,
                            numerator_estimated, value_status, source_file_id, source_row, source_column, load_id)
                        VALUES ('I1', '112062', 'FY2019', 'R1年', 'rate', true, 'ok', 'F1', 7, 'D', 'L1')""");
                s.execute("""
                        INSERT INTO dim_survey_respondent VALUES ('S1', 'k1', '女', '70代', '持田', '112062', 'L1'),
                                                                 ('S1', 'k2', '男', '60代', NULL, '112062', 'L1')""");
                s.execute("INSERT INTO dim_survey_respondent_band VALUES ('S1', 'k1', 'sex', '性別', '女', 2, 'L1')");
                s.execute("INSERT INTO fct_survey_free_text VALUES ('S1', 'Q9', 'k1', '特になし', 'L1')");
                assertThat(primaryKeys(s)).containsExactlyInAnyOrderElementsOf(OLD_KEYS.keySet());
            }

            new WarehouseSchema(ds).migrate();

            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThat(primaryKeys(s)).isEmpty();
                assertThat(rows(s, "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%keyed%'")).isEmpty();
                assertThat(rows(s, "SELECT concat_ws('|', indicator_id, region_code, period_key, period_label, source_row)"
                        + " FROM fct_indicator_value")).containsExactly("I1|112062|FY2019|R1年|7");
                assertThat(rows(s, "SELECT concat_ws('|', respondent_key, sex, age_band, coalesce(district, '-'))"
                        + " FROM dim_survey_respondent ORDER BY 1")).containsExactly("k1|女|70代|持田", "k2|男|60代|-");
                assertThat(rows(s, "SELECT band FROM dim_survey_respondent_band")).containsExactly("女");
                assertThat(rows(s, "SELECT answer_text FROM fct_survey_free_text")).containsExactly("特になし");
                assertThat(rows(s, "SELECT comment FROM duckdb_tables() WHERE table_name = 'fct_survey_free_text'"))
                        .singleElement().asString().startsWith("Free-text answers (自由記述), one row per survey");
                assertThat(rows(s, "SELECT count(*) FROM duckdb_columns() WHERE table_name IN ('fct_indicator_value',"
                        + " 'dim_survey_respondent', 'dim_survey_respondent_band', 'fct_survey_free_text') AND comment IS NULL"))
                        .containsExactly("0");
            }

            new WarehouseSchema(ds).migrate();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThat(rows(s, "SELECT count(*) FROM dim_survey_respondent")).containsExactly("2");
            }
        }
    }

    private static List<String> primaryKeys(Statement s) throws Exception {
        return rows(s, "SELECT DISTINCT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
                + " AND table_name IN ('fct_indicator_value', 'dim_survey_respondent', 'dim_survey_respondent_band',"
                + " 'fct_survey_free_text')");
    }

    private static String single(Statement s, String sql) throws Exception {
        return rows(s, sql).getFirst();
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
