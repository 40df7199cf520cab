package jp.renkei.source.survey;

import java.util.Set;

/**
 * Where the responses are and how to find the columns in them.
 *
 * @param file               file name relative to the survey folder (.csv or .xlsx)
 * @param sheet              sheet of a workbook to read; null for the first sheet (and for CSV)
 * @param headerRows         1 or 2 header rows above the first respondent
 * @param respondentIdColumn column holding the respondent id (a column reference, see {@link ColumnIndex}), or
 *                           {@value #BY_ROW}: the file has no id, one row is one questionnaire
 * @param noAnswer           cell texts that mean 無回答 unless a question says otherwise (blank always does)
 * @param noAnswerInScope    whether 無回答 (and invalid answers) count in the denominator of shares, unless a
 *                           question says otherwise; the city's usual practice is true
 */
public record ResponseFileSpec(String file, String sheet, int headerRows, String respondentIdColumn,
                               Set<String> noAnswer, boolean noAnswerInScope) {

    /** respondent_id meaning that the file has no respondent id. */
    public static final String BY_ROW = "row";

    public ResponseFileSpec {
        noAnswer = Set.copyOf(noAnswer);
    }

    /** Whether respondents are told apart by their row (the file has no id column). */
    public boolean idByRow() {
        return BY_ROW.equals(respondentIdColumn);
    }
}
