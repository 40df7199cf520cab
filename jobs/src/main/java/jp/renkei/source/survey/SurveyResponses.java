package jp.renkei.source.survey;

import java.util.List;
import jp.renkei.input.InputProblem;

/**
 * What the response file gave besides its respondents (handed on one by one as they were read): how many, and
 * every problem found in it. A problem either skipped a
 * row (a blank respondent id: its {@code what} says "row skipped"; a repeated one: "set aside as a repeat") or marked one answer invalid
 * (the respondent is kept: "answer marked invalid").
 *
 * @param file        the response file, relative to the input folder
 * @param encoding    as {@link jp.renkei.input.SheetTable#encoding()}
 * @param respondents respondents read (rows less skipped rows and repeats)
 * @param problems    in file order
 * @param records     rows below the header that are not blank: the questionnaires the file holds
 * @param repeats     rows set aside because their respondent id repeats an earlier row's
 */
public record SurveyResponses(String file, String encoding, int respondents,
                              List<InputProblem> problems, int records, int repeats) {

    public SurveyResponses {
        problems = List.copyOf(problems);
    }
}
