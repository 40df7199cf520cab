package jp.renkei.generate;

import java.util.List;
import jp.renkei.source.survey.AnswerLayout;
import jp.renkei.source.survey.QuestionType;

/**
 * One question of the generated survey: what the codebook says of it and how the response file holds it.
 * Option codes are 1..n in label order.
 *
 * @param index        0-based position among the questions: the key of its random draws
 * @param id           codebook id (Q4)
 * @param number       as printed (問4): the upper header over its first column
 * @param text         the question as printed
 * @param subLabel     the lower header of a single-column question (flags and slots use option numbers and 1つ目…)
 * @param type         SA, MA, numeric or free text
 * @param layout       single, or the MA layout
 * @param maxChoices   「3つまで」: 3; null when unlimited or not MA
 * @param slotColumns  columns of a slots layout (one more than max_choices, so that an over-selection fits)
 * @param options      option labels, code i + 1 for label i
 * @param noAnswerMark what the vendor writes for 無回答: "" (blank) or "9"
 * @param separator    between the picks of codes or labels in one cell: "," (the cell then quoted), "、" or a line break
 * @param scale        what a numeric question counts; null otherwise
 */
record SurveyQuestion(int index, String id, String number, String text, String subLabel, QuestionType type,
                      AnswerLayout layout, Integer maxChoices, int slotColumns, List<String> options, String noAnswerMark,
                      String separator, NumericScale scale) {

    /** What a numeric question asks for, with its valid range. */
    enum NumericScale {
        /** 同居人数, the respondent included; published in the bins 1人, 2人, 3～4人 and 5人以上. */
        PEOPLE(1, 20, "    bins:\n      - {label: 1人, min: 1, max: 1}\n      - {label: 2人, min: 2, max: 2}\n"
                + "      - {label: 3～4人, min: 3, max: 4}\n      - {label: 5人以上, min: 5}\n"),
        /** 居住年数; published in the bins 10年未満, 10～29年 and 30年以上 (0.5 年 and such fall in none). */
        YEARS(0, 100, "    bins:\n      - {label: 10年未満, min: 0, max: 9}\n      - {label: 10～29年, min: 10, max: 29}\n"
                + "      - {label: 30年以上, min: 30}\n");

        final int min;
        final int max;
        /** The codebook's bins key, as YAML. */
        final String bins;

        NumericScale(int min, int max, String bins) {
            this.min = min;
            this.max = max;
            this.bins = bins;
        }
    }

    SurveyQuestion {
        options = List.copyOf(options);
    }

    /** Columns the question takes in the response file. */
    int columns() {
        return switch (layout) {
            case FLAGS -> options.size();
            case SLOTS -> slotColumns;
            default -> 1;
        };
    }

    /** Most picks a valid answer may have. */
    int pickLimit() {
        if (type == QuestionType.SA) {
            return 1;
        }
        return maxChoices == null ? Integer.MAX_VALUE : maxChoices;
    }

    boolean isChoice() {
        return type == QuestionType.SA || type == QuestionType.MA;
    }
}
