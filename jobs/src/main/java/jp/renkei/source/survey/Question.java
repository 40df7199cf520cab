package jp.renkei.source.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question of the codebook.
 *
 * @param id              id in the codebook (Q10_2); stable across loads
 * @param number          the number as printed (問10(2))
 * @param text            the question text as printed
 * @param type            SA, MA, numeric or free text
 * @param maxChoices      for MA limited to n (「3つまで」): n; null otherwise
 * @param layout          how the response file holds the answer
 * @param columns         references of the response columns, as the codebook gives them (column or columns);
 *                        for flags one per option in option order; empty when {@code block} is given
 * @param block           header of a block of columns (two header rows: the text over the block's first
 *                        column) that holds the answer instead of {@code columns}, or null
 * @param options         options of SA and MA, in published order; empty for numeric and free text
 * @param noAnswer        cell texts meaning 無回答 for this question
 * @param noAnswerInScope whether 無回答 and invalid answers count in the share denominator
 * @param min             lowest valid value of a numeric question, or null
 * @param max             highest valid value of a numeric question, or null
 * @param separators      for codes_in_cell and labels_in_cell: the texts that separate the picks in the cell, or
 *                        empty for the defaults (comma, ideographic comma, line break)
 * @param bins            for a numeric question: the bins of its published distribution, in order; may be empty
 */
public record Question(String id, String number, String text, QuestionType type, Integer maxChoices,
                       AnswerLayout layout, List<String> columns, String block, List<ChoiceOption> options, Set<String> noAnswer,
                       boolean noAnswerInScope, BigDecimal min, BigDecimal max, List<String> separators,
                       List<NumericBin> bins) {

    public Question {
        columns = List.copyOf(columns);
        options = List.copyOf(options);
        noAnswer = Set.copyOf(noAnswer);
        separators = List.copyOf(separators);
        bins = List.copyOf(bins);
    }

    /** The option declared other_text: true, if any. */
    public Optional<ChoiceOption> otherTextOption() {
        return options.stream().filter(ChoiceOption::otherText).findFirst();
    }

    /** Whether any option's cells may hold a respondent's own words (see {@link ChoiceOption#mayHoldWords()}). */
    public boolean mayHoldWords() {
        return options.stream().anyMatch(ChoiceOption::mayHoldWords);
    }

    public boolean isChoice() {
        return type == QuestionType.SA || type == QuestionType.MA;
    }

    /** Most picks a valid answer may have: 1 for SA, n for MA limited to n, unlimited otherwise. */
    public int pickLimit() {
        if (type == QuestionType.SA) {
            return 1;
        }
        return maxChoices == null ? Integer.MAX_VALUE : maxChoices;
    }

    public Optional<ChoiceOption> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
