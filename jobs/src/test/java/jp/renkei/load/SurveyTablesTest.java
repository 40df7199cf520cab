package jp.renkei.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SurveyPreparation;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The answers go to fct_survey_answer through a narrow staging, slice by slice of respondents: every row arrives
 * once, whole (key, question id and the shared columns joined back in), whatever the slice size, and loading the
 * survey again replaces it.
 */
class SurveyTablesTest {

    static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void everyAnswerRowArrivesOnceInSlicesThatDoNotDivideTheRespondents() throws Exception {
        new InputGenerator(new GeneratorSettings(5, 3, 1, 1, 0, 1, 300, 40), s -> { }).generate(tmp.resolve("input"));
        PreparedSurvey survey = SurveyPreparation.surveyFolders(tmp.resolve("input")).stream()
                .map(folder -> SurveyPreparation.prepare(tmp.resolve("input"), folder, KEY, new SuppressionRule(5)))
                .findFirst().orElseThrow();
        List<String> expected = survey.facts().answers().stream()
                .map(a -> String.join("|", a.surveyId(), a.questionId(), a.respondentKey(), Objects.toString(a.optionCode()),
                        Objects.toString(a.numericValue()), a.answerStatus(), Integer.toString(a.pickCount()), a.periodKey(),
                        a.regionCode(), "L1"))
                .sorted().toList();
        assertThat(expected).hasSizeGreaterThan(300 * 40);

        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:", true)) {
            new WarehouseSchema(ds).migrate();
            SurveyTables tables = new SurveyTables(DSL.using(ds, SQLDialect.DUCKDB), ds, 7); // 300 = 42 × 7 + 6
            for (int load = 1; load <= 2; load++) {
                var written = tables.replace(survey, "L1");
                assertThat(written.get("fct_survey_answer")).as("load %d", load).isEqualTo(expected.size());
                assertThat(rows(ds, """
                        SELECT concat_ws('|', survey_id, question_id, respondent_key, coalesce(option_code, 'null'),
                               coalesce(CAST(numeric_value AS VARCHAR), 'null'), answer_status, pick_count, period_key,
                               region_code, load_id)
                        FROM fct_survey_answer ORDER BY 1""")).as("load %d", load).isEqualTo(expected);
                assertThat(rows(ds, "SELECT count(*) FROM duckdb_tables() WHERE temporary")).containsExactly("0");
            }
        }
    }

    private static List<String> rows(SingleConnectionDataSource ds, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
