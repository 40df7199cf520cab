package jp.renkei.source.survey;

/**
 * One answer option: the code the response file uses and the label the questionnaire printed.
 *
 * @param code  code as text, normalised like a cell ("1", not "1.0" or "１")
 * @param label label as published
 */
public record ChoiceOption(String code, String label) {
}
