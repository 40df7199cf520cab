package jp.renkei.source.survey;

import java.util.List;
import jp.renkei.input.InputProblem;

/**
 * What the response file gave: the respondents, and every problem found in it. A problem either skipped a
 * row (a blank or repeated respondent id: its {@code what} says "row skipped") or marked one answer invalid
 * (the respondent is kept: "answer marked invalid").
 *
 * @param file        the response file, relative to the input folder
 * @param encoding    as {@link jp.renkei.input.SheetTable#encoding()}
 * @param respondents one per respondent, in file order
 * @param problems    in file order
 */
public record SurveyResponses(String file, String encoding, List<RespondentAnswers> respondents,
                              List<InputProblem> problems) {

    public SurveyResponses {
        respondents = List.copyOf(respondents);
        problems = List.copyOf(problems);
    }
}
