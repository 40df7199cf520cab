package jp.renkei.normalise.survey;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit finds what it is there to find: a table published as the old rule left it breaks the new one. */
class SuppressionAuditTest {

    private static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    /* The twelve respondents of SurveyResultsTest, Q1 only. */
    private static PreparedSurvey small(Path input, SuppressionRule rule) {
        Path dir = input.resolve("surveys/small");
        write(dir, "codebook.yaml", """
                survey: {id: small, name: 小さな調査, fielded: 令和元年7月, region_code: "112062"}
                responses: {file: responses.csv, respondent_id: ID}
                demographics:
                  - {id: sex, name: 性別, column: 性別, options: {1: 男, 2: 女}}
                questions:
                  - {id: Q1, text: 在宅医療を知っていますか, type: SA, column: 問1, no_answer: ['', '9'], options: {1: はい, 2: いいえ}}
                """.getBytes(StandardCharsets.UTF_8));
        write(dir, "responses.csv", csv("""
                ID,性別,問1
                01,1,1
                02,1,1
                03,1,2
                04,1,1
                05,1,2
                06,1,1
                07,2,1
                08,2,2
                09,2,2
                10,2,9
                11,2,2
                12,2,1
                """, "UTF-8"));
        return SurveyPreparation.prepare(input, dir, KEY, rule);
    }

    @Test
    void theSuppressedTableMeetsTheRule(@TempDir Path input) {
        SuppressionRule rule = new SuppressionRule(3);
        assertThat(SuppressionAudit.audit(small(input, rule), rule).breaches()).isEmpty();
    }

    /*
     * Showing 女's 3 for いいえ again (as the old rule did): column いいえ has 男's 2 as its only hidden cell, which is
     * 全体's 5 − 3.
     */
    @Test
    void aCellThatGivesAnotherAwayIsReported(@TempDir Path input) {
        SuppressionRule rule = new SuppressionRule(3);
        PreparedSurvey survey = small(input, rule);
        List<ResultCell> shown = survey.results().stream().map(c -> c.segment().equals("性別=女") && c.optionCode().equals("2")
                ? new ResultCell(c.surveyId(), c.questionId(), c.questionOrder(), c.questionText(), c.optionCode(), c.optionLabel(),
                        c.optionOrder(), c.segment(), c.demographicId(), c.band(), c.segmentOrder(), c.nScope(), 3, null, false,
                        false, null, c.minCellSize())
                : c).toList();
        PreparedSurvey leaky = new PreparedSurvey(survey.codebook(), survey.period(), survey.encoding(), survey.facts(), shown,
                survey.problems(), survey.records(), survey.repeats(), survey.numeric());

        // 女's row still hides 2 (はい) and 1 (無回答): 3 ≥ k
        assertThat(SuppressionAudit.audit(leaky, rule).breaches()).containsExactly(
                "Q1 2 across sex: 1 of 2 parts hidden, adding up to 2");
    }
}
