package jp.renkei.domain;

/** How a period label names its period. */
public enum PeriodKind {
    /** 令和5年度: April to March, named by its start year. */
    FISCAL_YEAR("fiscal_year", "FY"),
    /** H29年, 2017年: January to December. */
    CALENDAR_YEAR("calendar_year", "CY"),
    /** H26, R2, 2000: a bare year; 見える化 uses these for 年度, so renkei treats them as fiscal years. */
    YEAR("year", "Y"),
    /** 平成26年4月. */
    MONTH("month", "M"),
    /** 令和2年3月末, 令和7年3月末時点, 令和5年5月現在: a stock at a month's end. */
    AS_OF("as_of", "D"),
    /** 令和5年1月20日: one day. */
    DATE("date", "D");

    private final String code;
    private final String keyPrefix;

    PeriodKind(String code, String keyPrefix) {
        this.code = code;
        this.keyPrefix = keyPrefix;
    }

    /** The value stored in dim_period.period_kind. */
    public String code() {
        return code;
    }

    String keyPrefix() {
        return keyPrefix;
    }
}
