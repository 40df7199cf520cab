package jp.renkei.domain;

/** What a published number is; only counts and rates are normalised per 100,000. */
public enum ValueKind {
    /** A number of persons or events: 人, 回, 件. Per-100k needs the base's population. */
    COUNT("count"),
    /** A number per base population times a multiplier: 人口10万対, 認定者1万対, or a % whose base is known. */
    RATE("rate"),
    /** A percentage of something that is not a known population (an 算定率 of claims): kept, not normalised. */
    PERCENT("percent"),
    /** Money: （円）, 千円, 1人あたり給付月額. Kept, not normalised. */
    MONEY("money"),
    /** An index: 地域差指数 (1.00 = 全国) and every （偏差値） series. Never a rate; kept, not normalised. */
    INDEX("index"),
    /** Anything else (days, years, ratios without a population base): kept, not normalised. */
    OTHER("other");

    private final String code;

    ValueKind(String code) {
        this.code = code;
    }

    /** As stored in fct_indicator_value.value_kind. */
    public String code() {
        return code;
    }

    /** Counts and rates are normalised per 100,000; every other kind keeps rate_per_100k NULL. */
    public boolean isNormalised() {
        return this == COUNT || this == RATE;
    }
}
