package jp.renkei.source.survey;

import java.util.List;
import java.util.Map;

/**
 * One respondent's row, normalised to the codebook. The raw id is here only so that the pseudonymiser can
 * hash it; nothing downstream stores it.
 *
 * @param sourceRow row number in the response file (1-based, as a spreadsheet shows it)
 * @param rawId     the respondent id as the file gives it
 * @param bands     demographic id → band label (無回答 when blank or unreadable)
 * @param answers   question id → answer, for every question of the codebook, in codebook order
 */
public record RespondentAnswers(int sourceRow, String rawId, Map<String, String> bands, List<Answer> answers) {

    public RespondentAnswers {
        bands = Map.copyOf(bands);
        answers = List.copyOf(answers);
    }

    public Answer answer(String questionId) {
        for (Answer a : answers) {
            if (a.questionId().equals(questionId)) {
                return a;
            }
        }
        throw new java.util.NoSuchElementException(questionId);
    }
}
