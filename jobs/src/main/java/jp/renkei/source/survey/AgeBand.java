package jp.renkei.source.survey;

/**
 * A band of a numeric demographic such as 年齢: ages {@code min} to {@code max}, both included.
 *
 * @param label the band as published (20代, 80歳以上)
 * @param min   lowest value in the band
 * @param max   highest value in the band, or null for no upper limit
 */
public record AgeBand(String label, int min, Integer max) {

    public boolean contains(long value) {
        return value >= min && (max == null || value <= max);
    }
}
