package jp.renkei.source.survey;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.input.InputProblem;
import jp.renkei.normalise.survey.NumericCell;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.ResultCell;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SurveyPreparation;
import jp.renkei.normalise.survey.SurveyRows.FreeTextRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts of real public survey files (see "What real raw files do" in domain.md), each a few questionnaires
 * worked out by hand: その他 with words, one cell with any separator, no respondent id, headers that are whole
 * questions, scale answers with anchor text, numeric questions published, a header cell of " ,".
 */
class RealLayoutsTest {

    private static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final String SURVEY = """
            survey: {id: real, name: 観光調査, fielded: 2022-07, region_code: "112062"}
            """;

    private static PreparedSurvey prepare(Path input, String responses, String codebook, SuppressionRule rule) {
        Path dir = input.resolve("surveys/real");
        write(dir, "responses.csv", csv(responses, "UTF-8"));
        write(dir, "codebook.yaml", (SURVEY + codebook).getBytes(StandardCharsets.UTF_8));
        return SurveyPreparation.prepare(input, dir, KEY, rule);
    }

    private static List<String> shares(PreparedSurvey survey, String question) {
        return survey.results().stream().filter(c -> c.questionId().equals(question) && c.segment().equals(ResultCell.ALL))
                .map(c -> c.optionCode() + " " + c.nSelected() + "/" + c.nScope()).toList();
    }

    private static final String FLAGS = """
            responses: {file: responses.csv, respondent_id: ID}
            questions:
              - id: Q1
                text: 旅行の目的
                type: MA
                layout: flags
                columns: [目的1, 目的2, 目的3]
                options:
                  - {code: 1, label: 景色}
                  - {code: 2, label: 温泉}
                  - {code: 3, label: その他%s}
            """;
    private static final String FLAG_ROWS = """
            ID,目的1,目的2,目的3
            1,1,0,0
            2,1,0,友人に誘われて
            3,0,1,1
            4,0,0,0
            """;

    /*
     * Row 2 wrote 友人に誘われて in the その他 column instead of 1. Declared other_text, it counts as その他 and 景色 still
     * counts: 景色 2 (1, 2), 温泉 1 (3), その他 2 (2, 3), 無回答 1 (4). Not declared, row 2's answer is 無効 and the
     * message gives the length of the words, 7 characters, never the words.
     */
    @Test
    void otherTextInAFlagColumnCountsAsChosenAndIsKeptAsFreeText(@TempDir Path input) {
        PreparedSurvey declared = prepare(input, FLAG_ROWS, FLAGS.formatted(", other_text: true"), new SuppressionRule(1));
        assertThat(declared.problems()).isEmpty();
        assertThat(shares(declared, "Q1")).containsExactly("1 2/4", "2 1/4", "3 2/4", "無回答 1/4");
        assertThat(declared.facts().freeTexts()).extracting(FreeTextRow::questionId, FreeTextRow::answerText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Q1", "友人に誘われて"));

        PreparedSurvey undeclared = prepare(input, FLAG_ROWS, FLAGS.formatted(""), new SuppressionRule(1));
        assertThat(shares(undeclared, "Q1")).containsExactly("1 1/4", "2 1/4", "3 1/4", "無回答 1/4", "無効 1/4");
        assertThat(undeclared.problems()).extracting(InputProblem::message).containsExactly(
                "surveys/real/responses.csv row 3 column D (目的3): not a 0/1 flag; answer marked invalid: found text of 7 characters, "
                        + "expected 1 (chosen), 0 or blank (not chosen), or a no-answer mark (-1, 99, blank); declare the option "
                        + "other_text: true if it holds words");
        assertThat(undeclared.facts().freeTexts()).isEmpty();
    }

    private static final String CELLS = """
            responses: {file: responses.csv, respondent_id: ID}
            questions:
              - id: Q1
                text: 旅行の目的
                type: MA
                layout: labels_in_cell
                column: 目的
                %s
                options:
                  - {code: 1, label: 景色}
                  - {code: 2, label: 温泉}
                  - {code: 3, label: グルメ、食べ歩き}
                  - {code: 4, label: その他, other_text: true}
            """;

    /*
     * A web form's cells: picks joined by ", ", sometimes a trailing ", ", the respondent's words in place of その他.
     *   1 "景色, 温泉, "                  → 景色, 温泉 (the trailing separator ignored)
     *   2 "グルメ、食べ歩き, 友人の紹介"     → グルメ、食べ歩き (a label holding 、 stays whole), その他 with 友人の紹介
     *   3 "温泉"                          → 温泉
     *   4 ""                              → 無回答
     * With separator ", " and with the default (comma, 、, line break) alike: 景色 1, 温泉 2, グルメ 1, その他 1.
     */
    @Test
    void oneCellWithAnySeparatorAndWordsInPlaceOfTheOtherLabel(@TempDir Path input) {
        String rows = """
                ID,目的
                1,"景色, 温泉, "
                2,"グルメ、食べ歩き, 友人の紹介"
                3,温泉
                4,
                """;
        for (String separator : List.of("separator: \", \"", "")) {
            PreparedSurvey survey = prepare(input, rows, CELLS.formatted(separator), new SuppressionRule(1));
            assertThat(survey.problems()).as(separator).isEmpty();
            assertThat(shares(survey, "Q1")).as(separator).containsExactly("1 1/4", "2 2/4", "3 1/4", "4 1/4", "無回答 1/4");
            assertThat(survey.facts().freeTexts()).extracting(FreeTextRow::answerText).containsExactly("友人の紹介");
        }
    }

    /* codes_in_cell takes a separator too: "1 / 3 /" with separator " / " is 1 and 3. */
    @Test
    void codesInCellWithTheCodebooksSeparator(@TempDir Path input) {
        PreparedSurvey survey = prepare(input, "ID,目的\n1,1 / 3 /\n2,2\n", """
                responses: {file: responses.csv, respondent_id: ID}
                questions:
                  - {id: Q1, text: 目的, type: MA, layout: codes_in_cell, column: 目的, separator: " / ", options: {1: 景色, 2: 温泉, 3: 食}}
                """, new SuppressionRule(1));
        assertThat(survey.problems()).isEmpty();
        assertThat(shares(survey, "Q1")).containsExactly("1 1/2", "2 1/2", "3 1/2", "無回答 0/2");
    }

    /*
     * No id column: one row is one questionnaire, even two rows alike. The pseudonym comes from the file and the row,
     * so a re-run gives the same one.
     */
    @Test
    void withoutARespondentIdEveryRowIsAQuestionnaire(@TempDir Path input) {
        String codebook = """
                responses: {file: responses.csv, respondent_id: row}
                questions:
                  - {id: Q1, text: 満足度, type: SA, column: 満足度, options: {1: 満足, 2: 不満}}
                """;
        PreparedSurvey first = prepare(input, "満足度\n1\n1\n2\n", codebook, new SuppressionRule(1));
        PreparedSurvey again = prepare(input, "満足度\n1\n1\n2\n", codebook, new SuppressionRule(1));
        assertThat(first.problems()).isEmpty();
        assertThat(first.records()).isEqualTo(3);
        assertThat(first.repeats()).isZero();
        assertThat(shares(first, "Q1")).containsExactly("1 2/3", "2 1/3", "無回答 0/3");
        assertThat(first.facts().respondents()).extracting(r -> r.respondentKey()).doesNotHaveDuplicates()
                .isEqualTo(again.facts().respondents().stream().map(r -> r.respondentKey()).toList());
    }

    /*
     * Headers that are whole questions, with a line break and full-width text: column_prefix names the one column
     * whose header starts so, after width, space and line-break normalisation. A prefix that starts two headers is
     * reported with both.
     */
    @Test
    void aColumnNamedByAUniquePrefixOfItsHeader(@TempDir Path input) {
        String rows = "ID,\"今回の旅行の目的を\n教えてください\",今回の旅行の満足度（１つ）\n1,景色,1\n2,温泉,2\n";
        String codebook = """
                responses: {file: responses.csv, respondent_id: ID}
                questions:
                  - {id: Q1, text: 目的, type: SA, column_prefix: 今回の旅行の目的を教えて, options: {1: 景色, 2: 温泉}}
                  - {id: Q2, text: 満足度, type: SA, column_prefix: "今回の旅行の満足度(1", options: {1: 満足, 2: 不満}}
                """;
        PreparedSurvey survey = prepare(input, rows, codebook, new SuppressionRule(1));
        assertThat(survey.problems()).isEmpty();
        assertThat(shares(survey, "Q1")).containsExactly("1 1/2", "2 1/2", "無回答 0/2");
        assertThat(shares(survey, "Q2")).containsExactly("1 1/2", "2 1/2", "無回答 0/2");

        assertThatThrownBy(() -> prepare(input, rows, codebook.replace("今回の旅行の目的を教えて", "今回の旅行"), new SuppressionRule(1)))
                .hasMessage("surveys/real/responses.csv row 1: column_prefix of the codebook (questions[0].column) starts more "
                        + "than one header: found \"今回の旅行\", expected the start of one header only (it starts "
                        + "B (今回の旅行の目的を\n教えてください), C (今回の旅行の満足度（１つ）))");
    }

    /*
     * A scale with its anchor text: as a numeric question 10 (ぜひ薦めたい) is 10, 0 (全く薦めない) is 0, 7 is 7; as an SA
     * question listing 0–10 the same cells are the codes 10, 0 and 7.
     */
    @Test
    void scaleAnswersWithAnchorText(@TempDir Path input) {
        StringBuilder options = new StringBuilder();
        for (int i = 0; i <= 10; i++) {
            options.append(i == 0 ? "" : ", ").append(i).append(": '").append(i).append("'");
        }
        PreparedSurvey survey = prepare(input, "ID,推奨度,推奨度2\n1,10 (ぜひ薦めたい),10 (ぜひ薦めたい)\n2,0（全く薦めない）,0（全く薦めない）\n3,7,7\n",
                """
                responses: {file: responses.csv, respondent_id: ID}
                questions:
                  - {id: NPS, text: 推奨度, type: numeric, column: 推奨度, min: 0, max: 10}
                  - {id: NPS_SA, text: 推奨度, type: SA, column: 推奨度2, options: {%s}}
                """.formatted(options), new SuppressionRule(1));
        assertThat(survey.problems()).isEmpty();
        assertThat(survey.facts().answers()).filteredOn(a -> a.questionId().equals("NPS")).extracting(a -> a.numericValue())
                .containsExactly(10.0, 0.0, 7.0);
        assertThat(shares(survey, "NPS_SA")).filteredOn(s -> !s.startsWith("無回答") && !s.contains(" 0/"))
                .containsExactly("0 1/3", "7 1/3", "10 1/3");
    }

    /* Timestamps as Excel stores them: 44742.99561 is 2022-06-30 (23:53, dropped); written dates read too. */
    @Test
    void excelSerialNumbersInADateColumnReadAsDates(@TempDir Path input) {
        PreparedSurvey survey = prepare(input, "ID,回答日時\n1,44742.99561\n2,2022/7/1 10:05\n3,2022-07-02\n4,昨日\n5,\n", """
                responses: {file: responses.csv, respondent_id: ID}
                questions:
                  - {id: answered_at, text: 回答日時, type: date, column: 回答日時}
                """, new SuppressionRule(1));
        assertThat(survey.facts().answers()).extracting(a -> a.answerStatus() + " " + a.dateValue())
                .containsExactly("answered 2022-06-30", "answered 2022-07-01", "answered 2022-07-02", "invalid null",
                        "no_answer null");
        assertThat(survey.problems()).extracting(InputProblem::message).containsExactly(
                "surveys/real/responses.csv row 5 column B (回答日時): not a date; answer marked invalid: found \"昨日\", expected "
                        + "a date such as 2022-06-30 or 2022/6/30 (a time after it is ignored), an Excel serial number such as "
                        + "44742.99561, or a no-answer mark (-1, 99, blank)");
    }

    private static final String NUMERIC = """
            responses: {file: responses.csv, respondent_id: ID}
            demographics:
              - {id: sex, name: 性別, column: 性別, options: {1: 男, 2: 女}}
            questions:
              - id: Q1
                text: 同居人数
                type: numeric
                column: 人数
                bins:
                  - {label: 1人, min: 1, max: 1}
                  - {label: 2人, min: 2, max: 2}
                  - {label: 3人以上, min: 3}
            """;
    private static final String NUMERIC_ROWS = "ID,性別,人数\n1,1,1\n2,1,2\n3,1,2\n4,2,3\n5,2,5\n6,2,8\n7,2,\n";

    private static List<String> numeric(PreparedSurvey survey) {
        return survey.numeric().stream().map(c -> c.segment() + " n=" + c.n() + " mean=" + c.mean() + " q1=" + c.q1()
                + " median=" + c.median() + " q3=" + c.q3() + " " + c.binLabel() + " " + c.nInBin() + " " + c.pct()
                + (c.suppressed() ? " " + c.suppression() : "")).toList();
    }

    /*
     * Values 1 2 2 (男) and 3 5 8 (女); 7 left it blank (無回答: not in n). Quartiles interpolate between the closest
     * values at position (n − 1) × p:
     *   全体 1 2 2 3 5 8: mean 21 / 6 = 3.5; q1 at 1.25 → 2; median at 2.5 → 2.5; q3 at 3.75 → 3 + 0.75 × 2 = 4.5
     *   男 1 2 2: mean 1.67; q1 at 0.5 → 1.5; median 2; q3 at 1.5 → 2
     *   女 3 5 8: mean 5.33; q1 at 0.5 → 4; median 5; q3 at 1.5 → 6.5
     * Bins 1人 / 2人 / 3人以上: 全体 1 2 3 (16.7 33.3 50.0), 男 1 2 0, 女 0 0 3 (of 3: 7 is not in n).
     */
    @Test
    void numericQuestionsArePublishedWithStatisticsAndBins(@TempDir Path input) {
        PreparedSurvey survey = prepare(input, NUMERIC_ROWS, NUMERIC, new SuppressionRule(1));
        assertThat(numeric(survey)).containsExactly(
                "全体 n=6 mean=3.50 q1=2 median=2.5 q3=4.5 1人 1 16.7",
                "全体 n=6 mean=3.50 q1=2 median=2.5 q3=4.5 2人 2 33.3",
                "全体 n=6 mean=3.50 q1=2 median=2.5 q3=4.5 3人以上 3 50.0",
                "性別=男 n=3 mean=1.67 q1=1.5 median=2 q3=2 1人 1 33.3",
                "性別=男 n=3 mean=1.67 q1=1.5 median=2 q3=2 2人 2 66.7",
                "性別=男 n=3 mean=1.67 q1=1.5 median=2 q3=2 3人以上 0 0.0",
                "性別=女 n=3 mean=5.33 q1=4 median=5 q3=6.5 1人 0 0.0",
                "性別=女 n=3 mean=5.33 q1=4 median=5 q3=6.5 2人 0 0.0",
                "性別=女 n=3 mean=5.33 q1=4 median=5 q3=6.5 3人以上 3 100.0");
    }

    /*
     * k = 3, 全体 in full: 男's 1人 (1) and 2人 (2) are small. 男's bins: [1] + [2] + 0 = 3, two hidden adding up to 3:
     * safe. Column 1人: [1] + 0 = 1 → 女's 0 is hidden too; column 2人 likewise. 女's bins: [0] + [0] + 3 = 3: two
     * hidden adding up to 0, safe.
     */
    @Test
    void numericTablesAreSuppressedLikeTheOthers(@TempDir Path input) {
        PreparedSurvey survey = prepare(input, NUMERIC_ROWS.replace("7,2,\n", ""), NUMERIC, new SuppressionRule(3));
        assertThat(numeric(survey)).filteredOn(s -> !s.startsWith("全体")).containsExactly(
                "性別=男 n=3 mean=1.67 q1=1.5 median=2 q3=2 1人 null null primary",
                "性別=男 n=3 mean=1.67 q1=1.5 median=2 q3=2 2人 null null primary",
                "性別=男 n=3 mean=1.67 q1=1.5 median=2 q3=2 3人以上 0 0.0",
                "性別=女 n=3 mean=5.33 q1=4 median=5 q3=6.5 1人 null null complement",
                "性別=女 n=3 mean=5.33 q1=4 median=5 q3=6.5 2人 null null complement",
                "性別=女 n=3 mean=5.33 q1=4 median=5 q3=6.5 3人以上 3 100.0");
        assertThat(survey.numeric()).filteredOn(c -> c.segment().equals(ResultCell.ALL)).extracting(NumericCell::nInBin)
                .containsExactly(1, 2, 3);
    }

    /*
     * An upper header cell of " ," (left by a vendor's merged cell) is blank for carrying the block name: 問6 covers
     * B–D. When the block still does not fit the options, the message shows the header cells it covered.
     */
    @Test
    void aHeaderCellOfSpacesAndPunctuationCarriesTheBlockName(@TempDir Path input) {
        String rows = "ID,問6,\" ,\",\" ,\"\n,1,2,3\n1,1,0,1\n2,0,1,0\n";
        String codebook = """
                responses: {file: responses.csv, header_rows: 2, respondent_id: ID}
                questions:
                  - {id: Q6, text: 目的, type: MA, layout: flags, block: 問6, options: {1: 景色, 2: 温泉, 3: 食%s}}
                """;
        PreparedSurvey survey = prepare(input, rows, codebook.formatted(""), new SuppressionRule(1));
        assertThat(shares(survey, "Q6")).containsExactly("1 1/2", "2 1/2", "3 1/2", "無回答 0/2");

        assertThatThrownBy(() -> prepare(input, rows, codebook.formatted(", 4: 買い物"), new SuppressionRule(1)))
                .hasMessage("surveys/real/responses.csv: block 問6 (codebook questions[0].block) has 3 columns, but Q6 has 4 options: "
                        + "found \"3 columns B-D: B (問6/1), C (問6/2), D (問6/3)\", expected one flag column per option (an upper "
                        + "header cell that is blank, or only spaces and punctuation, carries the block name to the right)");
    }

    /* Every column the codebook names wrongly, at once: the id, a demographic and two questions. */
    @Test
    void everyMissingColumnIsReportedAtOnce(@TempDir Path input) {
        assertThatThrownBy(() -> prepare(input, "ID,性別,問1\n1,1,1\n", """
                responses: {file: responses.csv, respondent_id: No}
                demographics:
                  - {id: sex, name: 性別, column: 性, options: {1: 男}}
                questions:
                  - {id: Q1, text: 問1, type: SA, column: 問1, options: {1: はい}}
                  - {id: Q2, text: 問2, type: SA, column: 問2, options: {1: はい}}
                  - {id: Q3, text: 問3, type: SA, column_prefix: 問3, options: {1: はい}}
                """, new SuppressionRule(1)))
                .isInstanceOf(ResponseColumnsException.class)
                .satisfies(e -> assertThat(((ResponseColumnsException) e).problems()).extracting(InputProblem::message).containsExactly(
                        "surveys/real/responses.csv row 1: the codebook (responses.respondent_id) names a column the header does not have: "
                                + "found \"No\", expected a column of the header: ID, 性別, 問1",
                        "surveys/real/responses.csv row 1: the codebook (demographics[0].column) names a column the header does not have: "
                                + "found \"性\", expected a column of the header: ID, 性別, 問1",
                        "surveys/real/responses.csv row 1: the codebook (questions[1].column) names a column the header does not have: "
                                + "found \"問2\", expected a column of the header: ID, 性別, 問1",
                        "surveys/real/responses.csv row 1: the codebook (questions[2].column) names a column the header does not have: "
                                + "found \"問3\", expected a column of the header: ID, 性別, 問1"));
    }
}
