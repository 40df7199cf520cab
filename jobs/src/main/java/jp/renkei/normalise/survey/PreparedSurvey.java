package jp.renkei.normalise.survey;

import java.util.List;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputProblem;
import jp.renkei.source.survey.Codebook;

/**
 * One survey ready to load: its rows for every survey table, the published cells, and the problems found
 * in its response file (for load_reject).
 *
 * @param codebook the codebook read
 * @param period   the fielded period, for dim_period
 * @param encoding how the response file was read (UTF-8, UTF-8 with BOM, windows-31j, xlsx)
 * @param facts    dimension rows, and the respondents' rows when they were collected rather than streamed
 * @param results  the published cells, suppressed (fct_survey_result)
 * @param problems row-level problems of the response file
 * @param records  questionnaires in the response file (rows below the header that are not blank)
 * @param repeats  rows set aside because their respondent id repeats an earlier row's
 * @param numeric  the published cells of numeric questions, suppressed (fct_survey_numeric)
 */
public record PreparedSurvey(Codebook codebook, PeriodLabel period, String encoding, SurveyFacts facts,
                             List<ResultCell> results, List<InputProblem> problems, int records, int repeats,
                             List<NumericCell> numeric) {

    public PreparedSurvey {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
        numeric = List.copyOf(numeric);
    }
}
