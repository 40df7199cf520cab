package jp.renkei.normalise.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.load.WarehouseSchema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The survey DDL applies after the rest, twice, comments every table and column, and the view has its columns. */
class SurveySchemaTest {

    /** The migrations, as a start applies them. */
    private static void applySchema(Connection c) {
        new WarehouseSchema(new SingleConnectionDataSource(c, true)).migrate();
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void everySurveyTableAndColumnIsCommentedAndTheViewHasItsColumns() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            applySchema(c);
            applySchema(c);
            assertThat(strings(c, """
                    SELECT table_name FROM duckdb_tables()
                    WHERE table_name LIKE '%survey%' AND NOT table_name LIKE 'stg_%' AND (comment IS NULL OR comment = '')""")).isEmpty();
            assertThat(strings(c, """
                    SELECT table_name || '.' || column_name FROM duckdb_columns()
                    WHERE table_name LIKE '%survey%' AND NOT table_name LIKE 'stg_%' AND NOT table_name LIKE 'v_%'
                      AND (comment IS NULL OR comment = '')""")).isEmpty();
            assertThat(strings(c, "SELECT column_name FROM duckdb_columns() WHERE table_name = 'v_survey_results' ORDER BY column_index"))
                    .containsExactly("survey_id", "question_id", "question_text", "option_code", "option_label", "segment",
                            "n_scope", "n_selected", "pct", "suppressed");
        }
    }

    @Test
    void publishedCellsRoundTripThroughTheView() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            applySchema(c);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO fct_survey_result VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[][] rows = {
                    {"s", "Q1", 1, "知っていますか", "1", "はい", 1, "全体", null, null, 0, 12, 5, new java.math.BigDecimal("41.7"), false, false, null, 5, "L"},
                    {"s", "Q1", 1, "知っていますか", "無回答", "無回答", 2, "全体", null, null, 0, 12, null, null, true, false, "primary", 5, "L"},
                };
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        p.setObject(i + 1, row[i]);
                    }
                    p.executeUpdate();
                }
            }
            assertThat(strings(c, "SELECT concat_ws('|', option_code, segment, n_scope, n_selected, pct, suppressed) FROM v_survey_results"))
                    .containsExactly("1|全体|12|5|41.7|false", "無回答|全体|12|true");
        }
    }
}
