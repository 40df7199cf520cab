package jp.renkei.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.source.reference.RegionLevel;

/**
 * The regions of a generated input: 全国, the 47 real prefectures, and N synthetic municipalities spread
 * over them in the real proportions. Codes are valid 全国地方公共団体コード (check digit included): cities
 * are numbered 201.., towns and villages 301.., as the real code list does. Names are unique nationally
 * ({@code 埼玉第6市}, {@code 北海道第12町}), so no export row is ambiguous.
 *
 * <p>Order: 全国, then each prefecture followed by its municipalities, which is also the row order of the
 * exports.
 */
public final class RegionPlan {

    /** Cities 201..299, towns and villages 301..999. */
    static final int MAX_CITIES = 99;
    static final int MAX_PER_PREFECTURE = MAX_CITIES + 699;

    private final List<Region> regions = new ArrayList<>();
    private final List<List<Region>> municipalitiesOf = new ArrayList<>();
    private final List<Region> prefectures = new ArrayList<>();

    public RegionPlan(int municipalities) {
        int[] counts = spread(municipalities);
        regions.add(new Region(0, LocalGovCode.NATION.value(), "全国", RegionLevel.NATION, null, -1));
        for (int p = 0; p < Prefecture.ALL.size(); p++) {
            Prefecture pref = Prefecture.ALL.get(p);
            String prefCode = pref.code().value();
            Region prefRegion = new Region(regions.size(), prefCode, pref.name(), RegionLevel.PREFECTURE,
                    LocalGovCode.NATION.value(), p);
            regions.add(prefRegion);
            prefectures.add(prefRegion);
            List<Region> own = new ArrayList<>();
            // about 45 % are cities, as in the real list (792 市 of 1,718)
            int cities = Math.min(MAX_CITIES, (int) Math.round(counts[p] * 0.45));
            for (int k = 0; k < counts[p]; k++) {
                boolean city = k < cities;
                int number = city ? 201 + k : 301 + (k - cities);
                // 村 for every fourth town: the name says which, the code range does not care
                String kind = city ? "市" : (k - cities) % 4 == 3 ? "村" : "町";
                int ordinal = city ? k + 1 : k - cities + 1;
                String code = LocalGovCode.fromFiveDigits(String.format("%02d%03d", pref.number(), number)).value();
                Region r = new Region(regions.size(), code, pref.shortName() + "第" + ordinal + kind,
                        RegionLevel.MUNICIPALITY, prefCode, p);
                regions.add(r);
                own.add(r);
            }
            municipalitiesOf.add(Collections.unmodifiableList(own));
        }
    }

    public List<Region> regions() {
        return Collections.unmodifiableList(regions);
    }

    /** The 47 prefectures' own regions, in JIS order. */
    public List<Region> prefectures() {
        return Collections.unmodifiableList(prefectures);
    }

    public Region prefectureRegion(int prefecture) {
        return prefectures.get(prefecture);
    }

    public List<Region> municipalitiesOf(int prefecture) {
        return municipalitiesOf.get(prefecture);
    }

    public int municipalityCount() {
        return regions.size() - 1 - Prefecture.ALL.size();
    }

    /**
     * Largest-remainder apportionment of {@code n} over the real counts; a prefecture that would exceed
     * {@link #MAX_PER_PREFECTURE} gives its surplus to the others in order.
     */
    static int[] spread(int n) {
        List<Prefecture> all = Prefecture.ALL;
        int weightSum = all.stream().mapToInt(Prefecture::municipalities).sum();
        int[] counts = new int[all.size()];
        double[] remainders = new double[all.size()];
        int given = 0;
        for (int p = 0; p < all.size(); p++) {
            double exact = (double) n * all.get(p).municipalities() / weightSum;
            counts[p] = Math.min(MAX_PER_PREFECTURE, (int) exact);
            remainders[p] = exact - (int) exact;
            given += counts[p];
        }
        while (given < n) {
            int best = -1;
            for (int p = 0; p < all.size(); p++) {
                if (counts[p] < MAX_PER_PREFECTURE && (best < 0 || remainders[p] > remainders[best])) {
                    best = p;
                }
            }
            counts[best]++;
            remainders[best] = -1; // each prefecture takes at most one remainder seat per round
            given++;
            if (java.util.Arrays.stream(remainders).allMatch(r -> r < 0)) {
                java.util.Arrays.fill(remainders, 0);
            }
        }
        return counts;
    }
}
