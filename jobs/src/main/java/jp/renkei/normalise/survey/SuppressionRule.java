package jp.renkei.normalise.survey;

/**
 * When a published count is too small to show: counted from 1 to k-1 respondents. Zero is shown (it counts
 * nobody), except in a segment that itself has fewer than k respondents, where every cell is hidden: there a
 * zero would tell that all the few respondents answered alike.
 *
 * @param k             the smallest count that may be published (default 5)
 * @param suppressTotal whether small cells of 全体 are hidden too; by default 全体 is published in full, as the city
 *                      prints it, and only the cross-tabs are suppressed
 */
public record SuppressionRule(int k, boolean suppressTotal) {

    public static final int DEFAULT_K = 5;

    public SuppressionRule {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1; got " + k);
        }
    }

    /** k, with 全体 published in full. */
    public SuppressionRule(int k) {
        this(k, false);
    }

    public static SuppressionRule defaults() {
        return new SuppressionRule(DEFAULT_K);
    }

    public boolean isSmall(int count) {
        return count > 0 && count < k;
    }

    /** Whether a reader who can add up a line may learn this sum of hidden cells: only 0 or at least k. */
    public boolean isSafeSum(long sum) {
        return sum == 0 || sum >= k;
    }
}
