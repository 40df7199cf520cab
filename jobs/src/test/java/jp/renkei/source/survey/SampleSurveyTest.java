package jp.renkei.source.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.ResultCell;
import jp.renkei.normalise.survey.SuppressionRule;
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
}
