package jp.renkei.source.survey;

/**
 * One answer option: the code the response file uses and the label the questionnaire printed.
 *
 * @param code      code as text, normalised like a cell ("1", not "1.0" or "１")
 * @param label     label as published
 * @param otherText whether respondents may write their own words for this option (その他（　　）): a text in its flag
 *                  column, or words in place of a label in a cell, count as choosing it, and the words are kept as
 *                  the question's free text
 */
public record ChoiceOption(String code, String label, boolean otherText) {

    public ChoiceOption(String code, String label) {
        this(code, label, false);
    }

    /**
     * Whether cells of this option may hold a respondent's own words: declared other_text, or labelled その他. Messages
     * about such cells give the length of what was found, never the words.
     */
    public boolean mayHoldWords() {
        return otherText || Cells.label(label).contains("その他");
    }
}
