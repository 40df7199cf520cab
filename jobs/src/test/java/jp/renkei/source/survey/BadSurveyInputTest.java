package jp.renkei.source.survey;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SurveyPreparation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a message naming file, row, column, what was found and what was expected; nothing else is lost. */
class BadSurveyInputTest {

    private static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    private static final String CODEBOOK = """
            survey: {id: t, name: テスト, fielded: 令和元年7月, region_code: "112062"}
            responses: {file: responses.csv, respondent_id: ID}
            demographics:
              - {id: sex, name: 性別, column: 性別, options: {1: 男, 2: 女}}
            questions:
              - {id: Q1, text: 知っていますか, type: SA, column: %s, options: {1: はい, 2: いいえ}}
              - {id: Q2, text: 重要な施策, type: MA, max_choices: 3, layout: codes_in_cell, column: 問2, options: {1: A, 2: B, 3: C}}
            """;

    private static PreparedSurvey prepare(Path input, String q1Column, byte[] responses) {
        Path dir = input.resolve("surveys/t");
        write(dir, "codebook.yaml", CODEBOOK.formatted(q1Column).getBytes(StandardCharsets.UTF_8));
        write(dir, "responses.csv", responses);
        return SurveyPreparation.prepare(input, dir, KEY, SuppressionRule.defaults());
    }

    private static final String GOOD = """
            ID,性別,問1,問2
            01,1,1,"1,2"
            02,2,7,3
            01,1,2,1
            03,3,2,"1,5"
            ,1,1,1
            """;

    @Test
    void aCodebookNamingAColumnTheHeaderLacks(@TempDir Path input) {
        assertThatThrownBy(() -> prepare(input, "問9", csv(GOOD, "UTF-8")))
                .isInstanceOf(InputFileException.class)
                .hasMessage("surveys/t/responses.csv row 1: the codebook (questions[0].column) names a column the header "
                        + "does not have: found \"問9\", expected a column of the header: ID, 性別, 問1, 問2");
    }

    @Test
    void rowProblemsAreReportedExactlyAndNothingElseIsLost(@TempDir Path input) {
        PreparedSurvey survey = prepare(input, "問1", csv(GOOD, "UTF-8"));

        assertThat(survey.problems()).extracting(InputProblem::message).containsExactly(
                "surveys/t/responses.csv row 3 column C (問1): code not in the option list of Q1; answer marked invalid: "
                        + "found \"7\", expected one of the codes 1 (はい), 2 (いいえ), or a no-answer mark (-1, 99, blank)",
                "surveys/t/responses.csv row 4 column A (ID): respondent id repeats; row set aside as a repeat: "
                        + "found \"the id of row 2\", expected an id that no other row has",
                "surveys/t/responses.csv row 5 column B (性別): code not in the option list of sex; 性別 set to 無回答: "
                        + "found \"3\", expected one of the codes 1 (男), 2 (女), or a no-answer mark (-1, 99, blank)",
                "surveys/t/responses.csv row 5 column D (問2): code not in the option list of Q2; answer marked invalid: "
                        + "found \"5\", expected one of the codes 1 (A), 2 (B), 3 (C), or a no-answer mark (-1, 99, blank)",
                "surveys/t/responses.csv row 6 column A (ID): respondent id is blank; row skipped: "
                        + "found \"\", expected the respondent's id");
        // rows 2, 3 and 5 are kept with every answer that could be read
        assertThat(survey.facts().respondents()).hasSize(3);
        assertThat(survey.facts().answers()).extracting(a -> a.questionId() + ":" + a.optionCode() + ":" + a.answerStatus())
                .containsExactly("Q1:1:answered", "Q2:1:answered", "Q2:2:answered",
                        "Q1:null:invalid", "Q2:3:answered",
                        "Q1:2:answered", "Q2:1:invalid");
        assertThat(survey.facts().respondents()).extracting(r -> r.sex()).containsExactly("男", "女", "無回答");
    }

    @Test
    void aFileInNeitherUtf8NorCp932(@TempDir Path input) {
        // ASCII, then 0x81 0x20: a CP932 lead byte without its trail byte, and not UTF-8 either
        byte[] bytes = "ID,1\r\n01,1\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0x81;
        broken[bytes.length + 1] = (byte) 0x20;

        assertThatThrownBy(() -> prepare(input, "問1", broken))
                .isInstanceOf(InputFileException.class)
                .hasMessage("surveys/t/responses.csv row 3: cannot decode as windows-31j: found \"the bytes 0x81 at byte "
                        + "offset 12\", expected UTF-8 or CP932 (windows-31j) text");
    }
}
