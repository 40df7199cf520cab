package jp.renkei.generate;

import java.util.List;
import jp.renkei.domain.RateBase;

/**
 * The population of every region and fiscal year, for the four bases renkei divides by. A municipality's
 * size is log-normal (median about 26,000, from a few hundred to a few million, as in Japan), it shrinks or
 * grows a little each year, and it ages: the 65+ share rises by about half a point a year from around 22 %,
 * more in small towns. 認定者数 is 15–20 % of the 65+, 第1号被保険者数 about the 65+ (住所地特例 moves a
 * few). So 65+ &lt; 総人口 and 認定者数 &lt; 65+ always. A prefecture is the sum of its municipalities (or its
 * own draw when the small case gives it none), 全国 the sum of the prefectures.
 */
public final class PopulationModel {

    private static final RateBase[] BASES = RateBase.values();
    private static final long SALT = 0x504F50L; // "POP": keeps these draws apart from the indicators'

    private final GeneratorSettings settings;
    /* [region][year][base] */
    private final long[][][] figures;
    /* the size of a municipality in FY2020, for the indicator model's small-area noise */
    private final double[] size2020;

    public PopulationModel(GeneratorSettings settings, RegionPlan plan) {
        this.settings = settings;
        List<Region> regions = plan.regions();
        Noise noise = new Noise(settings.seed());
        figures = new long[regions.size()][settings.years()][BASES.length];
        size2020 = new double[regions.size()];
        for (int p = 0; p < Prefecture.ALL.size(); p++) {
            Region pref = plan.prefectureRegion(p);
            List<Region> municipalities = plan.municipalitiesOf(p);
            if (municipalities.isEmpty()) {
                draw(noise, pref, 40.0, figures[pref.index()]);
            }
            for (Region m : municipalities) {
                draw(noise, m, 1.0, figures[m.index()]);
                add(figures[pref.index()], figures[m.index()]);
            }
            add(figures[0], figures[pref.index()]);
        }
    }

    private void draw(Noise noise, Region r, double scale, long[][] out) {
        int i = r.index();
        // prefecture factor: 東京都's towns are bigger than 高知県's
        double prefFactor = Math.exp(0.45 * noise.normal(SALT, 1, r.prefecture()));
        double size = Math.exp(Math.log(26_000) + 1.25 * noise.normal(SALT, 2, i)) * prefFactor * scale;
        size = Math.max(250, Math.min(3_800_000, size));
        size2020[i] = size;
        // > 0 for small towns: they shrink and age faster. Measured against the drawn unit (a prefecture drawn
        // whole is not a big city), and bounded: 横浜市 is not twice as young as a town of 100,000.
        double smallness = clamp(Math.log(25_000 * scale / size), -2.5, 3);
        double growth = -0.006 - 0.003 * smallness + 0.004 * noise.normal(SALT, 3, i);
        double agedShare2005 = 0.22 + 0.012 * smallness + 0.02 * noise.normal(SALT, 4, i);
        double ageing = 0.0055 + 0.001 * smallness + 0.0008 * noise.normal(SALT, 5, i);
        double certified = 0.165 + 0.015 * noise.normal(SALT, 6, i);
        for (int t = 0; t < settings.years(); t++) {
            int fy = settings.firstFiscalYear() + t;
            long total = Math.max(120, Math.round(size * Math.pow(1 + growth, fy - 2020)
                    * Math.exp(0.003 * noise.normal(SALT, 7, i, fy))));
            double share = clamp(agedShare2005 + ageing * (fy - 2005) + 0.002 * noise.normal(SALT, 8, i, fy), 0.08, 0.62);
            long aged = Math.round(total * share);
            double cert = clamp(certified + 0.0015 * (fy - 2005) + 0.004 * noise.normal(SALT, 9, i, fy), 0.10, 0.28);
            long certifiedCount = Math.round(aged * cert);
            long insured = Math.round(aged * (1 + 0.006 * noise.normal(SALT, 10, i, fy)));
            out[t][0] = total;
            out[t][1] = aged;
            out[t][2] = certifiedCount;
            out[t][3] = Math.min(insured, total - 1);
        }
    }

    private static void add(long[][] into, long[][] part) {
        for (int t = 0; t < into.length; t++) {
            for (int b = 0; b < into[t].length; b++) {
                into[t][b] += part[t][b];
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The figure of a region, fiscal year (index from the first year) and base. */
    public long figure(int region, int yearIndex, RateBase base) {
        return figures[region][yearIndex][base.ordinal()];
    }

    /** A drawn region's FY2020 size (0 for an aggregate): small places get noisier rates. */
    public double size(int region) {
        return size2020[region];
    }

    public static RateBase[] bases() {
        return BASES.clone();
    }
}
