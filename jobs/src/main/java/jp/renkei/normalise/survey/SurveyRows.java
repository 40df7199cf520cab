package jp.renkei.normalise.survey;

/**
 * The rows of the survey tables, one record per table, columns in table order (without load_id, which the
 * load adds). See sql/migration/V1_060__survey.sql for what each column means.
 */
public final class SurveyRows {

    private SurveyRows() {
    }

    /** dim_survey. */
    public record SurveyRow(String surveyId, String surveyName, String fieldedLabel, String periodKey,
                            String targetPopulation, Integer sampleSize, int respondentCount, String method,
                            String regionCode, String codebookFile, String responsesFile, boolean noAnswerInScope) {
    }

    /** dim_survey_question. */
    public record QuestionRow(String surveyId, String questionId, int questionOrder, String questionNumber,
                              String questionText, String questionType, Integer maxChoices, String layout,
                              boolean noAnswerInScope) {
    }

    /** dim_survey_option. */
    public record OptionRow(String surveyId, String questionId, String optionCode, String optionLabel, int optionOrder) {
    }

    /** dim_survey_respondent: pseudonymous, with the bands of the three usual demographics. */
    public record RespondentRow(String surveyId, String respondentKey, String sex, String ageBand, String district,
                                String regionCode) {
    }

    /** dim_survey_respondent_band: every demographic band of every respondent. */
    public record RespondentBandRow(String surveyId, String respondentKey, String demographicId,
                                    String demographicName, String band, int bandOrder) {
    }

    /** fct_survey_answer: one row per respondent × question × chosen option, value, or status. */
    public record AnswerRow(String surveyId, String questionId, String respondentKey, String optionCode,
                            Double numericValue, String answerStatus, int pickCount, String periodKey,
                            String regionCode, java.time.LocalDate dateValue) {
    }

    /**
     * A row of fct_survey_answer with its respondent and question by position, as the load appends it: the
     * 64-character respondent key and the columns every row of a survey shares are joined in afterwards.
     *
     * @param respondent    0-based position in {@link SurveyFacts#respondents()}
     * @param questionOrder dim_survey_question.question_order (from 1)
     */
    public record AnswerFact(int respondent, int questionOrder, String optionCode, Double numericValue,
                             String answerStatus, int pickCount, java.time.LocalDate dateValue) {
    }

    /** fct_survey_free_text: kept in the DuckDB file only, never in the Parquet snapshot. */
    public record FreeTextRow(String surveyId, String questionId, String respondentKey, String answerText) {
    }
}
