package jp.renkei.normalise;

/** What the normalisation could do with a value; stored as fct_indicator_value.value_status. */
public enum ValueStatus {
    /** Everything computable was computed. */
    OK("ok"),
    /** The export gives no value (a missing-value token); all numbers NULL, never 0. */
    MISSING("missing"),
    /** A needed denominator is not loaded for this region and period; nothing invented. */
    NO_DENOMINATOR("no_denominator"),
    /** The denominator comes from another year, because configuration allows it. */
    DENOMINATOR_OTHER_YEAR("denominator_other_year"),
    /** A rate whose unit names no base and the catalogue gives none. */
    NO_BASE("no_base"),
    /** A percentage of something that is not a known population: kept as published, not normalised. */
    PERCENT("not_normalised_percent"),
    /** Money (円, 給付月額): kept as published, not normalised. */
    MONEY("not_normalised_money"),
    /** An index (地域差指数, a 偏差値 series): kept as published, not normalised. */
    INDEX("not_normalised_index"),
    /** Not a count or a rate and of no kind above (days, years): kept as published, not normalised. */
    NOT_NORMALISED("not_normalised");

    private final String code;

    ValueStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Why a value of this kind is not normalised per 100,000, or null for counts and rates. */
    static ValueStatus notNormalised(jp.renkei.domain.ValueKind kind) {
        return switch (kind) {
            case COUNT, RATE -> null;
            case PERCENT -> PERCENT;
            case MONEY -> MONEY;
            case INDEX -> INDEX;
            case OTHER -> NOT_NORMALISED;
        };
    }
}
