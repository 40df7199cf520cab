package jp.renkei.domain;

/** What a published number is. */
public enum ValueKind {
    /** A number of persons or events: 人, 回, 件. Per-100k needs the base's population. */
    COUNT("count"),
    /** A number per base population times a multiplier; percent is a rate with multiplier 100. */
    RATE("rate"),
    /** Anything else (money, days, ratios without a population base): kept, not normalised. */
    OTHER("other");

    private final String code;

    ValueKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
