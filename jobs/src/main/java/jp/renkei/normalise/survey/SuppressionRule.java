package jp.renkei.normalise.survey;

/**
 * When a published count is too small to show: counted from 1 to k-1 respondents. Zero is shown (it counts
 * nobody), except in a segment that itself has fewer than k respondents, where every cell is hidden: there a
 * zero would tell that all the few respondents answered alike.
 *
 * @param k the smallest count that may be published (default 5)
 */
public record SuppressionRule(int k) {

    public static final int DEFAULT_K = 5;

    public SuppressionRule {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1; got " + k);
        }
    }

    public static SuppressionRule defaults() {
        return new SuppressionRule(DEFAULT_K);
    }

    public boolean isSmall(int count) {
        return count > 0 && count < k;
    }
}
