package jp.renkei.normalise.survey;

import java.math.BigDecimal;

/**
 * One published row of a numeric question: one bin of its distribution in one segment, beside the segment's n and
 * statistics. One row of fct_survey_numeric; a question without bins has one row per segment, with no bin.
 *
 * @param surveyId      the survey
 * @param questionId    the question
 * @param questionOrder position of the question in the codebook (1-based)
 * @param questionText  the question as printed
 * @param segment       全体 or name=band
 * @param demographicId the demographic of the segment, null for 全体
 * @param band          the band of the segment, null for 全体
 * @param segmentOrder  position of the segment (全体 = 0)
 * @param n             valid answers in the segment; null when suppressed
 * @param nSuppressed   true when n (and with it the statistics) is hidden
 * @param mean          mean of the valid answers, two decimals (half up); null when n is hidden or 0
 * @param median        median (linear interpolation between the closest values); null likewise
 * @param q1            first quartile (likewise)
 * @param q3            third quartile (likewise)
 * @param binLabel      the bin, as the codebook names it; その他の値 for values in no bin; null without bins
 * @param binOrder      position of the bin, from 1 (その他の値 last); 0 without bins
 * @param binMin        lowest value of the bin; null without bins
 * @param binMax        highest value of the bin; null for no upper limit
 * @param nInBin        valid answers in the bin; null when suppressed or without bins
 * @param pct           100 × nInBin ÷ n, one decimal, half up; null when either is hidden or n is 0
 * @param suppressed    true when nInBin is hidden
 * @param suppression   why nInBin is hidden: primary or complement; null when shown
 * @param minCellSize   k of the suppression rule applied
 */
public record NumericCell(String surveyId, String questionId, int questionOrder, String questionText, String segment,
                          String demographicId, String band, int segmentOrder, Integer n, boolean nSuppressed,
                          BigDecimal mean, BigDecimal median, BigDecimal q1, BigDecimal q3, String binLabel, int binOrder,
                          BigDecimal binMin, BigDecimal binMax, Integer nInBin, BigDecimal pct, boolean suppressed,
                          String suppression, int minCellSize) {

    /** The bin of values that fall in none of the codebook's bins. */
    public static final String OUTSIDE_BINS = "その他の値";
}
