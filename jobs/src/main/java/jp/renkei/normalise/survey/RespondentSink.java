package jp.renkei.normalise.survey;

import java.util.List;
import jp.renkei.normalise.survey.SurveyRows.AnswerFact;
import jp.renkei.normalise.survey.SurveyRows.FreeTextRow;
import jp.renkei.normalise.survey.SurveyRows.OptionRow;
import jp.renkei.normalise.survey.SurveyRows.QuestionRow;
import jp.renkei.normalise.survey.SurveyRows.RespondentBandRow;
import jp.renkei.normalise.survey.SurveyRows.RespondentRow;
import jp.renkei.source.survey.Codebook;

/**
 * Where a survey's respondent rows go as the response file is read, one respondent at a time: the load appends them
 * to the warehouse, a test collects them ({@link SurveyFacts.Collector}). Nothing upstream keeps them.
 */
public interface RespondentSink {

    /** Before the first respondent: the survey's questions and options, which its answers refer to. */
    void begin(Codebook codebook, List<QuestionRow> questions, List<OptionRow> options);

    /**
     * One respondent's rows.
     *
     * @param answers its rows of fct_survey_answer; {@link AnswerFact#respondent()} is its position in file order
     */
    void respondent(RespondentRow respondent, List<RespondentBandRow> bands, List<AnswerFact> answers,
                    List<FreeTextRow> freeTexts);
}
