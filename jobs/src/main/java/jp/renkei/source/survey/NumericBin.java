package jp.renkei.source.survey;

import java.math.BigDecimal;

/**
 * One bin of the published distribution of a numeric question, from the codebook.
 *
 * @param label as published (0～4人)
 * @param min   lowest value in the bin, inclusive
 * @param max   highest value in the bin, inclusive; null for no upper limit
 */
public record NumericBin(String label, BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && (max == null || value.compareTo(max) <= 0);
    }
}
