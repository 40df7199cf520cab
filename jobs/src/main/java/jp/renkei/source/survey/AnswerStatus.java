package jp.renkei.source.survey;

/** What became of one respondent's answer to one question. */
public enum AnswerStatus {
    /** A valid answer: its picks, number or text count. */
    ANSWERED("answered"),
    /** Nothing answered (blank, a no-answer mark, or no flag set): 無回答. */
    NO_ANSWER("no_answer"),
    /** More picks than the question allows (an SA with two, an MA-3 with four): kept, excluded from option shares. */
    OVER_SELECTED("over_selected"),
    /** A cell renkei cannot read as an answer (a code not in the option list): kept, reported, excluded from shares. */
    INVALID("invalid");

    private final String code;

    AnswerStatus(String code) {
        this.code = code;
    }

    /** As the warehouse stores it. */
    public String code() {
        return code;
    }

    /** Over-selected and unreadable answers are both published as 無効. */
    public boolean isInvalid() {
        return this == OVER_SELECTED || this == INVALID;
    }
}
