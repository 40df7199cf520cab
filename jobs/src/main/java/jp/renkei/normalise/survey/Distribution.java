package jp.renkei.normalise.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The valid answers of a numeric question in one segment as distinct values, ascending, each with how many gave
 * it: what its mean, quartiles and bins need, in the size of the answers' distinct values rather than their number.
 */
record Distribution(List<BigDecimal> values, int[] counts) {

    Distribution {
        values = List.copyOf(values);
        counts = counts.clone();
    }

    /** How many answers. */
    int size() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** The answer at {@code index} (from 0) when all are sorted ascending. */
    BigDecimal get(int index) {
        int seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (index < seen) {
                return values.get(i);
            }
        }
        throw new IndexOutOfBoundsException(index + " of " + seen);
    }

    /** The sum of all answers, exact. */
    BigDecimal sum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < counts.length; i++) {
            sum = sum.add(values.get(i).multiply(BigDecimal.valueOf(counts[i])));
        }
        return sum;
    }
}
