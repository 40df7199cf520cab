package jp.renkei.generate;

import jp.renkei.domain.RateBase;

/**
 * The units a generated export prints, as the 見える化 system writes them (half- and full-width, three
 * bracket styles), each with the base its numbers are counted over, the decimals they are published with,
 * and the range of their typical level.
 *
 * @param unit       the 単位 cell
 * @param base       the base renkei divides by: named by the unit, or (for % and counts) by the catalogue
 * @param multiplier per how many of the base the rate is; for a count, per how many of 総人口 its level is drawn
 * @param decimals   decimals published
 * @param lowLevel   the lowest typical national level, in the unit
 * @param highLevel  the highest
 */
public enum UnitStyle {
    COUNT_PERSONS("（人）", RateBase.総人口, 100_000, 0, 20, 2_000),
    COUNT_CASES("（件）", RateBase.総人口, 100_000, 0, 50, 6_000),
    PERCENT_AGED("（%）", RateBase.六十五歳以上人口, 100, 1, 1, 40),
    PERCENT_CERTIFIED("（%）", RateBase.認定者数, 100, 1, 2, 60),
    PERCENT_INSURED("（%）", RateBase.第1号被保険者数, 100, 1, 0.5, 25),
    PER_100K_POPULATION("回（人口10万対）", RateBase.総人口, 100_000, 1, 10, 2_500),
    PER_100K_POPULATION_FULL_WIDTH("[人口１０万対]", RateBase.総人口, 100_000, 1, 5, 1_500),
    PER_10K_CERTIFIED("[認定者1万対]", RateBase.認定者数, 10_000, 2, 30, 3_000),
    PER_10K_AGED("【65歳以上人口1万対】", RateBase.六十五歳以上人口, 10_000, 2, 5, 900);

    private final String unit;
    private final RateBase base;
    private final int multiplier;
    private final int decimals;
    private final double lowLevel;
    private final double highLevel;

    UnitStyle(String unit, RateBase base, int multiplier, int decimals, double lowLevel, double highLevel) {
        this.unit = unit;
        this.base = base;
        this.multiplier = multiplier;
        this.decimals = decimals;
        this.lowLevel = lowLevel;
        this.highLevel = highLevel;
    }

    public String unit() {
        return unit;
    }

    public RateBase base() {
        return base;
    }

    public int multiplier() {
        return multiplier;
    }

    public int decimals() {
        return decimals;
    }

    public boolean isCount() {
        return this == COUNT_PERSONS || this == COUNT_CASES;
    }

    public boolean isPercent() {
        return multiplier == 100;
    }

    /** A level between low and high, log-uniformly: levels span orders of magnitude. */
    double level(double uniform) {
        return Math.exp(Math.log(lowLevel) + uniform * (Math.log(highLevel) - Math.log(lowLevel)));
    }

    /** The measure word that fits the unit, so that names read right: 利用者数（人）, 算定率（%）. */
    String measure(int pick) {
        String[] words = switch (this) {
            case COUNT_PERSONS -> new String[] {"利用者数", "算定者数", "受給者数"};
            case COUNT_CASES -> new String[] {"実施件数", "算定件数", "請求件数"};
            case PERCENT_AGED, PERCENT_CERTIFIED, PERCENT_INSURED -> new String[] {"利用率", "算定率", "受給率"};
            default -> new String[] {"算定回数", "利用件数", "実施回数"};
        };
        return words[pick % words.length];
    }
}
