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
    /** Not a count or a rate (money, days): kept as published, not normalised. */
    NOT_NORMALISED("not_normalised");

    private final String code;

    ValueStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
