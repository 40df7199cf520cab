package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.renkei.input.SheetTable;
import jp.renkei.input.TextDecoder;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SurveyPreparation;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.CodebookLoader;
import jp.renkei.source.survey.Demographic;
import jp.renkei.source.survey.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated survey is one a vendor could have delivered: the survey reader takes it without a problem, its
 * codebook mixes the question types and every MA layout, and its answers have realistic shares of 無回答,
 * over-selection and free text.
 */
class GeneratedSurveyTest {

    static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private SurveyCounts write(int respondents, int questions) throws Exception {
        GeneratorSettings settings = new GeneratorSettings(11, 30, 1, 1, 0, 1, respondents, questions);
        return new SurveyWriter(settings, new RegionPlan(settings.municipalities())).write(tmp.resolve("surveys"));
    }

    private Path folder() {
        return tmp.resolve("surveys").resolve(SurveyPlan.FOLDER);
    }

    @Test
    void fortyQuestionsMixEveryTypeAndLayoutInAVendorsFile() throws Exception {
        write(300, 40);
        Codebook codebook = CodebookLoader.load(folder().resolve(SurveyPlan.CODEBOOK), "codebook.yaml");

        assertThat(countBy(codebook, q -> q.type().code())).isEqualTo(Map.of("MA", 12L, "SA", 22L, "free_text", 2L, "numeric", 4L));
        assertThat(countBy(codebook, q -> q.type().code() + "/" + q.layout().code())).containsEntry("MA/flags", 4L)
                .containsEntry("MA/slots", 2L).containsEntry("MA/codes_in_cell", 4L).containsEntry("MA/labels_in_cell", 2L);
        assertThat(codebook.questions().stream().filter(q -> q.maxChoices() != null).map(Question::maxChoices))
                .containsExactly(3, 2, 3, 3, 2, 3);
        assertThat(codebook.questions().stream().filter(q -> q.noAnswer().contains("9")).count()).as("無回答 coded 9").isEqualTo(14);
        assertThat(codebook.demographics()).extracting(Demographic::name, d -> d.options().size(), Demographic::role)
                .containsExactly(tuple("性別", 3, Demographic.Role.SEX),
                        tuple("年代", 7, Demographic.Role.AGE),
                        tuple("地区", 12, Demographic.Role.DISTRICT));
        assertThat(codebook.responses().headerRows()).isEqualTo(2);

        Path responses = folder().resolve(SurveyPlan.RESPONSES);
        SheetTable table = SheetTable.read(responses, "responses.csv");
        assertThat(table.encoding()).isEqualTo("windows-31j");
        assertThat(table.rows()).hasSize(2 + 300);
        assertThat(new String(Files.readAllBytes(responses), TextDecoder.CP932)).contains("\r\n0300,");

        PreparedSurvey survey = SurveyPreparation.prepare(tmp, folder(), KEY, new SuppressionRule(5));
        assertThat(survey.problems()).isEmpty();
        assertThat(survey.facts().respondents()).hasSize(300);
    }

    @Test
    void answersHaveRealisticSharesOfNoAnswerOverSelectionAndFreeText() throws Exception {
        SurveyCounts s = write(2_000, 40);
        var closed = s.perQuestion().stream().filter(q -> !q.type().equals("free_text")).toList();
        long noAnswer = closed.stream().mapToLong(SurveyCounts.Item::noAnswer).sum();
        assertThat(noAnswer * 100.0 / (2_000L * closed.size())).as("無回答 % of the questions but free text").isBetween(2.5, 7.5);

        var limited = s.perQuestion().stream().filter(q -> q.type().equals("MA") && q.overSelected() > 0).toList();
        assertThat(limited).hasSize(6);
        double over = limited.stream().mapToLong(SurveyCounts.Item::overSelected).sum() * 100.0
                / limited.stream().mapToLong(SurveyCounts.Item::nonBlank).sum();
        assertThat(over).as("over-selected % of the limited MA answers").isBetween(2.5, 6.0);

        var texts = s.perQuestion().stream().filter(q -> q.type().equals("free_text")).toList();
        assertThat(texts).hasSize(2).allSatisfy(q -> assertThat(q.nonBlank() * 100.0 / 2_000).isBetween(5.0, 20.0));
        // 性別 and 年代 left blank by about 1 %, 地区 by 1.5 %
        assertThat(s.demographics()).allSatisfy(d -> assertThat(d.noAnswer()).isBetween(5, 60));
    }

    @Test
    void oneQuestionAndTwoHundredQuestionsAreReadAsWritten() throws Exception {
        for (int questions : new int[] {1, 200}) {
            SurveyCounts s = write(20, questions);
            PreparedSurvey survey = SurveyPreparation.prepare(tmp, folder(), KEY, new SuppressionRule(5));
            assertThat(survey.problems()).as("%d questions", questions).isEmpty();
            assertThat(survey.codebook().questions()).hasSize(questions);
            assertThat(survey.codebook().questions().getLast().number()).isEqualTo("問" + (3 + questions));
            assertThat(s.perQuestion()).hasSize(questions);
            try (var files = Files.walk(folder())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<String, Long> countBy(Codebook codebook, Function<Question, String> key) {
        return codebook.questions().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
