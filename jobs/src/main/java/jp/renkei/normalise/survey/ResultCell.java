package jp.renkei.normalise.survey;

import java.math.BigDecimal;

/**
 * One published cell: the share of one option (or 無回答, 無効) of one question in one segment, after
 * suppression. One row of fct_survey_result.
 *
 * @param surveyId         the survey
 * @param questionId       the question
 * @param questionOrder    position of the question in the codebook (1-based)
 * @param questionText     the question as printed
 * @param optionCode       the option's code, or 無回答 / 無効 for those rows
 * @param optionLabel      the option's label, or 無回答 / 無効
 * @param optionOrder      position in the published table (options 1.., then 無回答, then 無効)
 * @param segment          全体 or name=band, e.g. 性別=女
 * @param demographicId    the demographic of the segment, null for 全体
 * @param band             the band of the segment, null for 全体
 * @param segmentOrder     position of the segment (全体 = 0)
 * @param nScope           respondents in scope in the segment (the denominator); null when suppressed
 * @param nSelected        respondents in the segment who chose the option; null when suppressed
 * @param pct              100 × nSelected ÷ nScope, one decimal, half up; null when either is suppressed, when
 *                         nScope is 0, and for 無回答/無効 when they are not in scope
 * @param suppressed       true when nSelected is hidden
 * @param nScopeSuppressed true when nScope is hidden
 * @param suppression      why nSelected is hidden: primary or complement; null when shown
 * @param minCellSize      k of the suppression rule applied
 */
public record ResultCell(String surveyId, String questionId, int questionOrder, String questionText,
                         String optionCode, String optionLabel, int optionOrder, String segment, String demographicId,
                         String band, int segmentOrder, Integer nScope, Integer nSelected, BigDecimal pct,
                         boolean suppressed, boolean nScopeSuppressed, String suppression,
                         int minCellSize) {

    public static final String ALL = "全体";
    public static final String NO_ANSWER = "無回答";
    public static final String INVALID = "無効";
}
