package jp.renkei.source.survey;

/** How a question is answered; an MA question limited to n picks is MA with {@link Question#maxChoices()}. */
public enum QuestionType {
    SA("SA"),
    MA("MA"),
    NUMERIC("numeric"),
    FREE_TEXT("free_text");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** As the codebook and the warehouse write it. */
    public String code() {
        return code;
    }
}
