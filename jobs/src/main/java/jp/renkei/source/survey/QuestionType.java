package jp.renkei.source.survey;

/** How a question is answered; an MA question limited to n picks is MA with {@link Question#maxChoices()}. */
public enum QuestionType {
    SA("SA"),
    MA("MA"),
    NUMERIC("numeric"),
    FREE_TEXT("free_text"),
    /** A day: written as a date, or as the serial number Excel stores (44742.99561 is 2022-06-30). */
    DATE("date");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** As the codebook and the warehouse write it. */
    public String code() {
        return code;
    }
}
