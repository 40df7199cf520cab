package jp.renkei.generate;

import java.util.List;
import jp.renkei.domain.RateBase;

/**
 * Draws the published numbers of one series of one indicator for every region and year, as integers
 * scaled by 10^decimals (427.8 with one decimal is 4278), or a missing-value token.
 *
 * <p>A municipality's rate is the indicator's level × a prefecture factor × its own factor × a yearly
 * trend × yearly noise that is larger for small towns (few cases, jumpy rates). A count is that rate
 * per 100,000 of 総人口 times the population. A prefecture is what the system publishes for it: the sum
 * of its municipalities' counts, or their rates weighted by the base population; 全国 likewise over the
 * prefectures. 0.3 % of municipal cells are missing (2 % in towns under 3,000); aggregates never.
 */
final class IndicatorValues {

    /** Cell markers; real values are never negative. */
    static final long MISSING_HYPHEN = -1;
    static final long MISSING_FULL_WIDTH = -2;

    private static final long SALT = 0x56414CL; // "VAL"

    private final RegionPlan plan;
    private final PopulationModel population;
    private final Noise noise;
    private final int years;
    /* [region][year], reused from series to series */
    private final long[][] scaled;

    IndicatorValues(GeneratorSettings settings, RegionPlan plan, PopulationModel population) {
        this.plan = plan;
        this.population = population;
        this.noise = new Noise(settings.seed());
        this.years = settings.years();
        this.scaled = new long[plan.regions().size()][years];
    }

    static boolean isMissing(long cell) {
        return cell < 0;
    }

    /** Fills and returns the cells of one series; the array is overwritten by the next call. */
    long[][] draw(IndicatorSpec spec, int series, int firstFiscalYear) {
        UnitStyle unit = spec.unit();
        double scale = Math.pow(10, unit.decimals());
        double seriesFactor = series == 0 ? 1 : 0.15 + 0.6 * noise.uniform(SALT, 1, spec.index(), series);
        for (int p = 0; p < Prefecture.ALL.size(); p++) {
            Region pref = plan.prefectureRegion(p);
            double prefFactor = Math.exp(0.18 * noise.normal(SALT, 2, spec.index(), p));
            List<Region> municipalities = plan.municipalitiesOf(p);
            if (municipalities.isEmpty()) {
                drawOwn(spec, series, pref, seriesFactor * prefFactor, scale, firstFiscalYear, false);
            } else {
                for (Region m : municipalities) {
                    drawOwn(spec, series, m, seriesFactor * prefFactor, scale, firstFiscalYear, true);
                }
                aggregate(unit, pref.index(), municipalities);
            }
        }
        aggregate(unit, 0, plan.prefectures());
        return scaled;
    }

    private void drawOwn(IndicatorSpec spec, int series, Region r, double factor, double scale, int firstFiscalYear,
            boolean mayBeMissing) {
        int i = r.index();
        UnitStyle unit = spec.unit();
        double size = population.size(i);
        double own = factor * Math.exp(0.3 * noise.normal(SALT, 3, spec.index(), series, i));
        double jitter = Math.min(0.5, 0.04 + 0.15 * Math.sqrt(1_000 / size));
        double missingRate = size < 3_000 ? 0.02 : 0.003;
        long[] out = scaled[i];
        for (int t = 0; t < years; t++) {
            int fy = firstFiscalYear + t;
            if (mayBeMissing && noise.uniform(SALT, 4, spec.index(), series, i, fy) < missingRate) {
                // the ASCII hyphen mostly, the full-width one (U+FF0D) as older exports print it
                out[t] = noise.uniform(SALT, 5, spec.index(), series, i, fy) < 0.7 ? MISSING_HYPHEN : MISSING_FULL_WIDTH;
                continue;
            }
            double rate = spec.level() * own * Math.pow(1 + spec.growth(), fy - 2015)
                    * Math.exp(jitter * noise.normal(SALT, 6, spec.index(), series, i, fy));
            if (unit.isPercent()) {
                rate = Math.min(rate, 99.9);
            }
            out[t] = unit.isCount()
                    ? Math.round(rate * population.figure(i, t, RateBase.総人口) / unit.multiplier())
                    : Math.round(rate * scale);
        }
    }

    /**
     * The cells of a 偏差値 series (one decimal, scaled by 10): 50 for 全国, otherwise 50 + 10 × a normal draw,
     * kept within 20–80; never missing. The array is overwritten by the next call.
     */
    long[][] deviation(IndicatorSpec spec, int series) {
        for (Region r : plan.regions()) {
            for (int t = 0; t < years; t++) {
                double score = r.index() == 0 ? 50 : 50 + 10 * noise.normal(SALT, 7, spec.index(), series, r.index(), t);
                scaled[r.index()][t] = Math.round(10 * Math.max(20, Math.min(80, score)));
            }
        }
        return scaled;
    }

    /** Sum of counts, or the base-weighted mean of rates, over the parts that have a value. */
    private void aggregate(UnitStyle unit, int into, List<Region> parts) {
        for (int t = 0; t < years; t++) {
            double sum = 0;
            double weights = 0;
            for (Region part : parts) {
                long v = scaled[part.index()][t];
                if (isMissing(v)) {
                    continue;
                }
                double w = unit.isCount() ? 1 : population.figure(part.index(), t, unit.base());
                sum += v * w;
                weights += w;
            }
            scaled[into][t] = unit.isCount() ? Math.round(sum) : Math.round(sum / Math.max(weights, 1));
        }
    }
}
