package jp.renkei.generate;

/**
 * How an export labels its fiscal years; real exports differ by indicator and by system version, so the
 * generator mixes them across files.
 */
public enum PeriodStyle {
    /** H17年度 … R元年度 … R6年度 */
    ERA_FISCAL_SHORT,
    /** 2005 … 2024 */
    WESTERN,
    /** 平成17年度 … 令和元年度 … 令和6年度 */
    ERA_FISCAL_LONG,
    /** H17 … R5, and the last year partial: R6（R7/2月サービス提供分まで） */
    ERA_SHORT_LAST_PARTIAL;

    public String label(int fiscalYear, boolean last) {
        return switch (this) {
            case ERA_FISCAL_SHORT -> shortEra(fiscalYear) + "年度";
            case WESTERN -> Integer.toString(fiscalYear);
            case ERA_FISCAL_LONG -> longEra(fiscalYear) + "年度";
            case ERA_SHORT_LAST_PARTIAL -> last
                    ? shortEra(fiscalYear) + "（" + shortEra(fiscalYear + 1) + "/2月サービス提供分まで）"
                    : shortEra(fiscalYear);
        };
    }

    /** H17, R元, R6: a 年度 is named by the era of its April (FY2019 is 令和元年度). */
    static String shortEra(int year) {
        return year >= 2019 ? "R" + eraYear(year - 2018) : "H" + eraYear(year - 1988);
    }

    static String longEra(int year) {
        return year >= 2019 ? "令和" + eraYear(year - 2018) : "平成" + eraYear(year - 1988);
    }

    private static String eraYear(int n) {
        return n == 1 ? "元" : Integer.toString(n);
    }
}
