package jp.renkei.source.survey;

/**
 * What a problem found in a response file did: set a whole row aside, or only mark one cell (an answer 無効, a
 * demographic 無回答) while the respondent was kept, or set a repeated respondent aside. Counts and exit codes
 * tell them apart: cells the rules mark 無効 are findings, not rejected rows.
 */
public enum SurveyFinding {
    /** A row skipped (a blank respondent id), or a row of a source other than a survey. */
    ROW,
    /** One cell the rules mark 無効 (or a demographic 無回答); the respondent is kept. */
    CELL,
    /** A row whose respondent id repeats an earlier row's: the first is kept, this one set aside. */
    REPEAT;

    /** The kind of a problem from its message, as load_reject keeps it. */
    public static SurveyFinding of(String message) {
        if (message.contains(AnswerParser.INVALID_SUFFIX) || message.contains(ResponsesReader.BAND_SUFFIX)) {
            return CELL;
        }
        return message.contains(ResponsesReader.REPEAT) ? REPEAT : ROW;
    }
}
