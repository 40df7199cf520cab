package jp.renkei.source.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.ResultCell;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SuppressionAudit;
import jp.renkei.normalise.survey.SurveyPreparation;
import org.junit.jupiter.api.Test;

/** The sample survey shipped in input/surveys: reproducible, and loads without a single problem. */
class SampleSurveyTest {

    private static final Path INPUT = Path.of("input");
    private static final Path SAMPLE = INPUT.resolve("surveys/gyoda-2019-07");
    private static final byte[] KEY = "test key, 32 bytes or more: not a real one".getBytes(StandardCharsets.UTF_8);

    @Test
    void theCommittedResponsesAreWhatTheSeededGeneratorWrites() throws Exception {
        assertThat(Files.readAllBytes(SAMPLE.resolve("responses.csv"))).isEqualTo(SampleSurveyGenerator.generate());
    }

    @Test
    void theSampleLoadsWithoutProblems() {
        PreparedSurvey survey = SurveyPreparation.prepare(INPUT, SAMPLE, KEY, SuppressionRule.defaults());

        assertThat(survey.encoding()).isEqualTo("windows-31j");
        assertThat(survey.problems()).isEmpty();
        assertThat(survey.period().key()).isEqualTo("M2019-07");
        assertThat(survey.facts().respondents()).hasSize(SampleSurveyGenerator.RESPONDENTS);
        assertThat(survey.facts().survey().responsesFile()).isEqualTo("surveys/gyoda-2019-07/responses.csv");
        assertThat(survey.facts().freeTexts()).isNotEmpty()
                .anySatisfy(t -> assertThat(t.answerText()).contains("\n"));
        assertThat(SurveyPreparation.surveyFolders(INPUT)).containsExactly(SAMPLE);

        List<ResultCell> q10 = survey.results().stream()
                .filter(c -> c.questionId().equals("Q10_2") && c.segment().equals("全体")).toList();
        assertThat(q10).extracting(ResultCell::optionCode)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "無回答", "無効");
        assertThat(q10).allSatisfy(c -> assertThat(c.nScope()).isEqualTo(SampleSurveyGenerator.RESPONDENTS));
        // small districts give small cells: the sample shows suppression at work
        assertThat(survey.results()).anyMatch(c -> "primary".equals(c.suppression()))
                .anyMatch(c -> "complement".equals(c.suppression()));
    }

    /*
     * 問10(2) その他 holds the respondent's words instead of 1 in nine rows (0031 医療費の負担軽減, …): with other_text they
     * count as choosing その他, the other picks count as usual, and the words are kept as the question's free text.
     * Counted from the file: column R (その他) holds 1 in 12 rows and words in 9; 3 of those 21 rows pick four options
     * (無効 for 「3つまで」), so その他 is 18 of 612 = 2.94… → 2.9 %.
     */
    @Test
    void theWordsInTheOtherColumnCountAsChosenAndAreKeptAsFreeText() throws Exception {
        PreparedSurvey survey = SurveyPreparation.prepare(INPUT, SAMPLE, KEY, SuppressionRule.defaults());
        List<String> rows = List.of(new String(Files.readAllBytes(SAMPLE.resolve("responses.csv")), "windows-31j").split("\r\n"));
        long ones = rows.stream().skip(2).filter(r -> r.matches("^\\d{4},.*") && r.split(",", -1)[17].equals("1")).count();
        long words = rows.stream().skip(2).filter(r -> r.matches("^\\d{4},.*")
                && List.of(SampleSurveyGenerator.OTHER_WORDS).contains(r.split(",", -1)[17])).count();
        assertThat(ones).isEqualTo(12);
        assertThat(words).isEqualTo(9);

        ResultCell other = survey.results().stream().filter(c -> c.questionId().equals("Q10_2") && c.segment().equals("全体")
                && c.optionCode().equals("11")).findFirst().orElseThrow();
        assertThat(other.nSelected()).isEqualTo(18);
        assertThat(other.pct()).hasToString("2.9");
        assertThat(survey.facts().freeTexts()).filteredOn(t -> t.questionId().equals("Q10_2")).hasSize(9)
                .extracting(SurveyRows -> SurveyRows.answerText()).contains("医療費の負担軽減", "外国人の介護人材の受け入れ");
    }

    /* The rule of docs/survey-codebook.md over every line a reader can add up in the sample's tables, both settings. */
    @Test
    void everyAddableLineOfTheSampleMeetsTheSuppressionRule() {
        for (SuppressionRule rule : List.of(SuppressionRule.defaults(), new SuppressionRule(5, true))) {
            PreparedSurvey survey = SurveyPreparation.prepare(INPUT, SAMPLE, KEY, rule);
            SuppressionAudit.Result audit = SuppressionAudit.audit(survey, rule);
            assertThat(audit.breaches()).as("suppress total: %s", rule.suppressTotal()).isEmpty();
            // 3 demographics × 4 questions × (options + 無回答 [+ 無効 for Q10_2] + n), and the rows of the 3 SA questions
            // in 25 segments (全体, 性別 3 + 無回答, 年代 7, 地区 12 + 無回答)
            assertThat(audit.lines()).isEqualTo(3 * ((3 + 1 + 1) + (2 + 1 + 1) + (5 + 1 + 1) + (11 + 2 + 1)) + 3 * 25);
        }
    }
}
