package jp.renkei.generate;

/**
 * The size and seed of a generated input folder. The same settings always give the same bytes.
 *
 * @param seed               seeds every random draw
 * @param municipalities     how many municipalities, spread over the 47 prefectures in their real proportions
 * @param indicators         how many 見える化 indicators, one 時系列 export file each
 * @param years              how many fiscal years, ending with {@link #LAST_FISCAL_YEAR}
 * @param xlsxShare          the share of exports written as .xlsx (the rest are CP932 CSV)
 * @param seriesPerIndicator rows per region in each export (the 指標 column's series)
 * @param surveyRespondents  respondents of the generated citizen survey (市民意識調査); 0 writes no survey
 * @param surveyQuestions    questions of that survey, besides its three demographics (性別, 年代, 地区)
 */
public record GeneratorSettings(long seed, int municipalities, int indicators, int years, double xlsxShare,
        int seriesPerIndicator, int surveyRespondents, int surveyQuestions) {

    /** R6年度: the last complete fiscal year of the current 見える化 data. */
    public static final int LAST_FISCAL_YEAR = 2024;
    /** Era labels (H元年度 = FY1989) go no further back than 平成. */
    public static final int MAX_YEARS = LAST_FISCAL_YEAR - 1989 + 1;
    public static final int MAX_MUNICIPALITIES = RegionPlan.MAX_PER_PREFECTURE * Prefecture.ALL.size();
    public static final int MAX_INDICATORS = 5_000;
    public static final int MAX_SERIES = 20;
    public static final int MAX_SURVEY_RESPONDENTS = 1_000_000;
    public static final int MAX_SURVEY_QUESTIONS = 200;
    /** The survey size when none is asked for: 40 questions, the length of a usual 市民意識調査. */
    public static final int DEFAULT_SURVEY_QUESTIONS = 40;

    /**
     * The national case of the benchmark: 1,741 municipalities × 200 indicators × 20 fiscal years, and a
     * survey of 100,000 respondents × 40 questions.
     */
    public static GeneratorSettings national(long seed) {
        return new GeneratorSettings(seed, 1_741, 200, 20, 0.1, 1, 100_000, DEFAULT_SURVEY_QUESTIONS);
    }

    /** Without a survey. */
    public GeneratorSettings(long seed, int municipalities, int indicators, int years, double xlsxShare,
                             int seriesPerIndicator) {
        this(seed, municipalities, indicators, years, xlsxShare, seriesPerIndicator, 0, DEFAULT_SURVEY_QUESTIONS);
    }

    public GeneratorSettings {
        check(municipalities >= 1 && municipalities <= MAX_MUNICIPALITIES,
                "municipalities must be 1.." + MAX_MUNICIPALITIES + ": " + municipalities);
        check(indicators >= 1 && indicators <= MAX_INDICATORS, "indicators must be 1.." + MAX_INDICATORS + ": " + indicators);
        check(years >= 1 && years <= MAX_YEARS, "years must be 1.." + MAX_YEARS + " (back to H元年度): " + years);
        check(xlsxShare >= 0 && xlsxShare <= 1, "xlsx-share must be between 0 and 1: " + xlsxShare);
        check(seriesPerIndicator >= 1 && seriesPerIndicator <= MAX_SERIES,
                "series-per-indicator must be 1.." + MAX_SERIES + ": " + seriesPerIndicator);
        check(surveyRespondents >= 0 && surveyRespondents <= MAX_SURVEY_RESPONDENTS,
                "survey-respondents must be 0.." + MAX_SURVEY_RESPONDENTS + " (0: no survey): " + surveyRespondents);
        check(surveyQuestions >= 1 && surveyQuestions <= MAX_SURVEY_QUESTIONS,
                "survey-questions must be 1.." + MAX_SURVEY_QUESTIONS + ": " + surveyQuestions);
    }

    public boolean hasSurvey() {
        return surveyRespondents > 0;
    }

    public int firstFiscalYear() {
        return LAST_FISCAL_YEAR - years + 1;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
