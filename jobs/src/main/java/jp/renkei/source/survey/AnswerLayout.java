package jp.renkei.source.survey;

/** How the response file holds one question's answer. */
public enum AnswerLayout {
    /** One column holding a code or a label (SA, numeric, free text). */
    SINGLE("single"),
    /** One 0/1 column per option, in option order (MA). */
    FLAGS("flags"),
    /** k columns each holding one chosen code or label, the rest blank (MA). */
    SLOTS("slots"),
    /** One cell listing codes: 1,3,5 or 1、3、5 or one per line (MA). */
    CODES_IN_CELL("codes_in_cell"),
    /** One cell listing labels, one per line (MA). */
    LABELS_IN_CELL("labels_in_cell");

    private final String code;

    AnswerLayout(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
