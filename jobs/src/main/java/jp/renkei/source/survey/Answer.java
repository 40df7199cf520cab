package jp.renkei.source.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * One respondent's answer to one question, normalised to the codebook.
 *
 * @param questionId the question
 * @param status     answered, no answer, over-selected or invalid
 * @param codes      the option codes picked, in option order without repeats (SA and MA; for an over-selected
 *                   or invalid answer the recognised picks, kept for analysts)
 * @param number     the value of a numeric question
 * @param text       the text of a free-text question, or the words written for an option declared other_text
 * @param date       the value of a date question
 */
public record Answer(String questionId, AnswerStatus status, List<String> codes, BigDecimal number, String text,
                     java.time.LocalDate date) {

    public Answer {
        codes = List.copyOf(codes);
    }

    public static Answer noAnswer(String questionId) {
        return new Answer(questionId, AnswerStatus.NO_ANSWER, List.of(), null, null, null);
    }
}
