package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.SuppressionAudit;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SurveyPreparation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suppression rule over every line a reader can add up in the tables of a generated survey of 100,000
 * respondents: its twelve 地区 of very different sizes and its 無回答 bands give small cells in every question.
 */
class GeneratedSurveySuppressionTest {

    @TempDir
    Path tmp;

    @Test
    void everyAddableLineOfAHundredThousandRespondentsMeetsTheRule() throws Exception {
        GeneratorSettings settings = new GeneratorSettings(13, 30, 1, 1, 0, 1, 100_000, QUESTIONS);
        new SurveyWriter(settings, new RegionPlan(settings.municipalities())).write(tmp.resolve("surveys"));
        // k = 5 as configured by default, and k = 200 (with 全体 suppressed too), where most bands of small 地区 and of
        // 無回答 are small and complements must be found across every line
        for (SuppressionRule rule : new SuppressionRule[] {SuppressionRule.defaults(), new SuppressionRule(200, true)}) {
            PreparedSurvey survey = SurveyPreparation.prepare(tmp, tmp.resolve("surveys").resolve(SurveyPlan.FOLDER),
                    GeneratedSurveyTest.KEY, rule);
            assertThat(survey.facts().respondents()).hasSize(100_000);

            SuppressionAudit.Result choices = SuppressionAudit.audit(survey, rule);
            assertThat(choices.breaches()).as("k = %d", rule.k()).isEmpty();
            assertThat(choices.lines()).isGreaterThan(500);
            SuppressionAudit.Result numeric = SuppressionAudit.auditNumeric(survey, rule);
            assertThat(numeric.breaches()).as("k = %d", rule.k()).isEmpty();
            assertThat(numeric.lines()).isGreaterThan(10);
            if (rule.k() > SuppressionRule.DEFAULT_K) {
                assertThat(survey.results()).anyMatch(c -> "primary".equals(c.suppression()))
                        .anyMatch(c -> "complement".equals(c.suppression()));
            }
        }
    }

    /** One round of the plan's question cycle: every type and layout (see GeneratedSurveyTest), few enough to stay quick. */
    private static final int QUESTIONS = 20;
}
