package jp.renkei.generate;

import java.util.List;
import jp.renkei.source.survey.AnswerLayout;
import jp.renkei.source.survey.QuestionType;

/** The codebook.yaml of the generated survey, written as an analyst would (docs/survey-codebook.md). */
final class SurveyCodebook {

    private SurveyCodebook() {
    }

    static String yaml(GeneratorSettings settings, List<SurveyQuestion> questions, Region city) {
        StringBuilder y = new StringBuilder(256 * questions.size());
        y.append("""
                # Codebook of a survey written by `renkei generate` (seed %d): the respondents are synthetic.
                # How to write a codebook: docs/survey-codebook.md.
                format: 1

                survey:
                  id: %s
                  name: %s
                  fielded: %s
                  target_population: 市内在住の満18歳以上の男女（住民基本台帳から無作為抽出）
                  sample_size: %d
                  method: 郵送配布・郵送回収
                  region_code: "%s"

                responses:
                  file: %s                # CP932, two header rows, as a vendor delivers
                  header_rows: 2
                  respondent_id: No.
                  no_answer: ["", "99"]

                demographics:
                """.formatted(settings.seed(), SurveyPlan.SURVEY_ID,
                quote(city.name() + "市民意識調査（" + SurveyPlan.FIELDED + "）在宅医療・介護に関する設問（生成データ）"),
                SurveyPlan.FIELDED, (long) settings.surveyRespondents() * SurveyPlan.SENT_PER_RESPONDENT, city.code(),
                SurveyPlan.RESPONSES));
        demographic(y, "sex", "性別", "問1", SurveyPlan.SEX);
        demographic(y, "age", "年代", "問2", SurveyPlan.AGE);
        demographic(y, "district", "地区", "問3", SurveyPlan.DISTRICTS);
        y.append("\nquestions:\n");
        for (SurveyQuestion q : questions) {
            y.append("  - id: ").append(q.id()).append('\n');
            y.append("    number: ").append(q.number()).append('\n');
            y.append("    text: ").append(quote(q.text())).append('\n');
            y.append("    type: ").append(q.type().code()).append('\n');
            if (q.maxChoices() != null) {
                y.append("    max_choices: ").append(q.maxChoices()).append('\n');
            }
            if (q.type() == QuestionType.MA) {
                y.append("    layout: ").append(q.layout().code()).append('\n');
            }
            boolean block = q.layout() == AnswerLayout.FLAGS || q.layout() == AnswerLayout.SLOTS;
            y.append(block ? "    block: " : "    column: ").append(q.number()).append('\n');
            if (!q.noAnswerMark().isEmpty()) {
                y.append("    no_answer: [\"\", \"").append(q.noAnswerMark()).append("\"]\n");
            }
            if (q.scale() != null) {
                y.append("    min: ").append(q.scale().min).append('\n');
                y.append("    max: ").append(q.scale().max).append('\n');
                y.append(q.scale().bins);
            }
            options(y, q.options(), "    ");
        }
        return y.toString();
    }

    private static void demographic(StringBuilder y, String id, String name, String column, List<String> options) {
        y.append("  - id: ").append(id).append('\n');
        y.append("    name: ").append(name).append('\n');
        y.append("    column: ").append(column).append('\n');
        options(y, options, "    ");
    }

    private static void options(StringBuilder y, List<String> options, String indent) {
        if (options.isEmpty()) {
            return;
        }
        y.append(indent).append("options:\n");
        for (int o = 0; o < options.size(); o++) {
            y.append(indent).append("  ").append(o + 1).append(": ").append(quote(options.get(o))).append('\n');
        }
    }

    /** A double-quoted YAML scalar: labels may start with 「 or hold ： and （）. */
    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
