package jp.renkei.normalise.survey;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shares and suppression of a twelve-respondent survey, every number worked out by hand (in the comments).
 *
 * <pre>
 * id sex Q1(SA) Q2(MA, 3つまで)
 * 01 男  1      1,2
 * 02 男  1      1
 * 03 男  2      1,3
 * 04 男  1      2,3,4
 * 05 男  2      (blank: 無回答)
 * 06 男  1      1,2,3,4 (four picks: 無効)
 * 07 女  1      1
 * 08 女  2      2
 * 09 女  2      1,2
 * 10 女  9(無回答) 3
 * 11 女  2      1,4
 * 12 女  1      1,2,3
 * </pre>
 */
class SurveyResultsTest {

    private static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    private static final String CODEBOOK = """
            survey: {id: small, name: 小さな調査, fielded: 令和元年7月, region_code: "112062"}
            responses: {file: responses.csv, respondent_id: ID}
            demographics:
              - {id: sex, name: 性別, column: 性別, options: {1: 男, 2: 女}}
            questions:
              - id: Q1
                text: 在宅医療を知っていますか
                type: SA
                column: 問1
                no_answer: ['', '9']
                options: {1: はい, 2: いいえ}
              - id: Q2
                text: 重要な施策（3つまで）
                type: MA
                max_choices: 3
                layout: codes_in_cell
                column: 問2
                options: {1: A, 2: B, 3: C, 4: D}
            """;

    private static final String RESPONSES = """
            ID,性別,問1,問2
            01,1,1,"1,2"
            02,1,1,1
            03,1,2,"1,3"
            04,1,1,"2,3,4"
            05,1,2,
            06,1,1,"1,2,3,4"
            07,2,1,1
            08,2,2,2
            09,2,2,"1,2"
            10,2,9,3
            11,2,2,"1,4"
            12,2,1,"1,2,3"
            """;

    private static List<String> table(Path input, int k, String question) {
        return table(input, new SuppressionRule(k), question);
    }

    private static List<String> table(Path input, SuppressionRule rule, String question) {
        Path dir = input.resolve("surveys/small");
        write(dir, "codebook.yaml", CODEBOOK.getBytes(StandardCharsets.UTF_8));
        write(dir, "responses.csv", csv(RESPONSES, "UTF-8"));
        PreparedSurvey survey = SurveyPreparation.prepare(input, dir, KEY, rule);
        assertThat(survey.problems()).isEmpty();
        return survey.results().stream().filter(c -> c.questionId().equals(question))
                .map(c -> c.segment() + " " + c.optionCode() + " " + c.nSelected() + "/" + c.nScope() + " " + c.pct()
                        + (c.suppressed() ? " " + c.suppression() : ""))
                .toList();
    }

    @Test
    void singleAnswerSharesIncludeNoAnswerInTheirBase(@TempDir Path input) {
        assertThat(table(input, 1, "Q1")).containsExactly(
                "全体 1 6/12 50.0",      // 01 02 04 06 07 12
                "全体 2 5/12 41.7",      // 03 05 08 09 11: 41.666…
                "全体 無回答 1/12 8.3",  // 10
                "性別=男 1 4/6 66.7",
                "性別=男 2 2/6 33.3",
                "性別=男 無回答 0/6 0.0",
                "性別=女 1 2/6 33.3",
                "性別=女 2 3/6 50.0",
                "性別=女 無回答 1/6 16.7");
    }

    @Test
    void multipleAnswerSharesSumOverHundredAndAnOverSelectedAnswerCountsNoOption(@TempDir Path input) {
        assertThat(table(input, 1, "Q2")).containsExactly(
                "全体 1 7/12 58.3",      // 01 02 03 07 09 11 12 (06 picked 1 too, but four picks: 無効)
                "全体 2 5/12 41.7",      // 01 04 08 09 12
                "全体 3 4/12 33.3",      // 03 04 10 12
                "全体 4 2/12 16.7",      // 04 11
                "全体 無回答 1/12 8.3",  // 05
                "全体 無効 1/12 8.3",    // 06
                "性別=男 1 3/6 50.0",
                "性別=男 2 2/6 33.3",
                "性別=男 3 2/6 33.3",
                "性別=男 4 1/6 16.7",
                "性別=男 無回答 1/6 16.7",
                "性別=男 無効 1/6 16.7",
                "性別=女 1 4/6 66.7",
                "性別=女 2 3/6 50.0",
                "性別=女 3 2/6 33.3",
                "性別=女 4 1/6 16.7",
                "性別=女 無回答 0/6 0.0",
                "性別=女 無効 0/6 0.0");
    }

    /*
     * k = 3, 全体 published in full (the default): counts of 1 and 2 in the bands are hidden (primary). Q1 is SA, so
     * each band's row adds up to its n (6, 6), and each column of 男 + 女 to 全体 (shown):
     *   row 男  4 + [2] + 0 = 6        one hidden → hide 4, the smallest other non-zero part: [4] + [2] = 6 ≥ 3
     *   row 女  [2] + 3 + [1] = 6      two hidden, 2 + 1 = 3 ≥ 3: safe
     *   column 2: [2] + 3 = 5          one hidden → hide 女's 3
     *   column 無回答: 0 + [1] = 1      one hidden, and only the zero left → hide it: every part hidden, their sum
     *                                  is 全体's 1, which is published anyway
     *   column 1: [4] + [2] = 6        two hidden, 6 ≥ 3
     * Every band cell ends hidden: 全体 publishes a 1 (無回答), and no split of one respondent into bands is safe.
     */
    @Test
    void smallCellsAreHiddenWithComplementsInRowsAndColumns(@TempDir Path input) {
        assertThat(table(input, new SuppressionRule(3), "Q1")).containsExactly(
                "全体 1 6/12 50.0",
                "全体 2 5/12 41.7",
                "全体 無回答 1/12 8.3",
                "性別=男 1 null/6 null complement",
                "性別=男 2 null/6 null primary",
                "性別=男 無回答 null/6 null complement",
                "性別=女 1 null/6 null primary",
                "性別=女 2 null/6 null complement",
                "性別=女 無回答 null/6 null primary");
    }

    /*
     * renkei.survey-suppress-total=true, k = 3: 全体's 無回答 (1) is hidden too, and 全体 is protected like a band.
     *   row 全体 6 + 5 + [1] = 12      one hidden → hide 5: [5] + [1] = 6 ≥ 3
     *   row 男  4 + [2] + 0 = 6        → hide 4
     *   row 女  [2] + 3 + [1] = 6      safe
     *   column 1: [4] + [2] = 6; column 2: [2] + 3 = [5] and column 無回答: 0 + [1] = [1] have their total hidden
     *   and a hidden part: the total cannot be added up
     */
    @Test
    void suppressingTheTotalHidesSmall全体CellsToo(@TempDir Path input) {
        assertThat(table(input, new SuppressionRule(3, true), "Q1")).containsExactly(
                "全体 1 6/12 50.0",
                "全体 2 null/12 null complement",
                "全体 無回答 null/12 null primary",
                "性別=男 1 null/6 null complement",
                "性別=男 2 null/6 null primary",
                "性別=男 無回答 0/6 0.0",
                "性別=女 1 null/6 null primary",
                "性別=女 2 3/6 50.0",
                "性別=女 無回答 null/6 null primary");
    }

    /*
     * MA rows do not add up, so only columns count: 男 + 女 = 全体 (shown).
     *   column 2: [2] + 3 = 5   one hidden → hide 女's 3 (the only other part)
     *   column 3: [2] + [2] = 4; column 4: [1] + [1] = 2 (every part hidden)
     *   無回答: [1] + 0 = 1 and 無効: [1] + 0 = 1   one hidden → hide 女's 0 too
     */
    @Test
    void multipleAnswerCellsAreProtectedAlongColumns(@TempDir Path input) {
        assertThat(table(input, new SuppressionRule(3), "Q2")).containsExactly(
                "全体 1 7/12 58.3",
                "全体 2 5/12 41.7",
                "全体 3 4/12 33.3",
                "全体 4 2/12 16.7",
                "全体 無回答 1/12 8.3",
                "全体 無効 1/12 8.3",
                "性別=男 1 3/6 50.0",
                "性別=男 2 null/6 null primary",
                "性別=男 3 null/6 null primary",
                "性別=男 4 null/6 null primary",
                "性別=男 無回答 null/6 null primary",
                "性別=男 無効 null/6 null primary",
                "性別=女 1 4/6 66.7",
                "性別=女 2 null/6 null complement",
                "性別=女 3 null/6 null primary",
                "性別=女 4 null/6 null primary",
                "性別=女 無回答 null/6 null complement",
                "性別=女 無効 null/6 null complement");
    }

    @Test
    void aSegmentSmallerThanKHidesItsSizeAndEveryCell(@TempDir Path input) {
        List<String> q1 = table(input, new SuppressionRule(7), "Q1");
        // k = 7: both segments (6 each) are small, so their n and every cell in them, zeros too, are hidden;
        // 全体 (12) is published in full although its counts 6, 5 and 1 are below 7
        assertThat(q1).containsExactly(
                "全体 1 6/12 50.0",
                "全体 2 5/12 41.7",
                "全体 無回答 1/12 8.3",
                "性別=男 1 null/null null primary",
                "性別=男 2 null/null null primary",
                "性別=男 無回答 null/null null primary",
                "性別=女 1 null/null null primary",
                "性別=女 2 null/null null primary",
                "性別=女 無回答 null/null null primary");
    }
}
