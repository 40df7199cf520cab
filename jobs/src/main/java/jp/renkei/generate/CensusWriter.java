package jp.renkei.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.renkei.domain.RateBase;

/**
 * The e-Stat census table 2-7-1 (人口等基本集計: 男女, 5-year age bands, 国籍総数) for one census year, in the
 * shape e-Stat's CSV download has: metadata lines, the legend, a code row, a label row, then one row per
 * 男女 (総数, 男, 女) × area, all quoted, numbers with thousands separators, UTF-8 with BOM.
 *
 * <p>A drawn area's census total is its register 総人口 of that 年度 give or take half a percent (the
 * census counts where people live, the register where they are registered), its 65+ likewise; the bands
 * are apportioned from a national age profile, men and women from a sex ratio by age. Prefectures and
 * 全国 are the sums of their parts, so every row adds up: 総数 = the bands + 不詳, and each （再掲） is its bands.
 */
final class CensusWriter {

    private static final long SALT = 0x434E53L; // "CNS"
    static final int BANDS = 21; // 0～4歳 … 95～99歳, 100歳以上
    private static final int YOUNG = 13; // bands below 65
    private static final double[] YOUNG_PROFILE = {3.6, 4.0, 4.2, 4.5, 4.8, 4.8, 5.2, 5.8, 6.6, 7.6, 6.8, 6.2, 5.9};
    private static final double[] OLD_PROFILE = {8.0, 7.2, 5.5, 3.9, 2.3, 0.8, 0.15, 0.02};
    private static final double[] MALE_SHARE = {0.512, 0.512, 0.512, 0.513, 0.51, 0.51, 0.505, 0.505, 0.505, 0.505,
            0.50, 0.498, 0.495, 0.485, 0.47, 0.44, 0.40, 0.33, 0.25, 0.17, 0.12};
    private static final String[] SEX_CODES = {"0", "1", "2"};
    private static final String[] SEX_NAMES = {"総数", "男", "女"};

    private CensusWriter() {
    }

    static String fileName(int year) {
        return "population_census_" + year + "_estat.csv";
    }

    /** Writes the table for {@code year} (a 年度 of the settings) and returns how many figures renkei reads from it. */
    static long write(Path dir, int year, GeneratorSettings settings, RegionPlan plan, PopulationModel population)
            throws IOException {
        int t = year - settings.firstFiscalYear();
        Noise noise = new Noise(settings.seed());
        List<Region> regions = plan.regions();
        // [region][sex][band], band BANDS is 年齢「不詳」
        long[][][] counts = new long[regions.size()][3][BANDS + 1];
        for (int p = 0; p < Prefecture.ALL.size(); p++) {
            Region pref = plan.prefectureRegion(p);
            List<Region> parts = plan.municipalitiesOf(p);
            if (parts.isEmpty()) {
                draw(noise, year, pref, population, t, counts[pref.index()]);
            }
            for (Region m : parts) {
                draw(noise, year, m, population, t, counts[m.index()]);
                add(counts[pref.index()], counts[m.index()]);
            }
            add(counts[0], counts[pref.index()]);
        }
        try (Writer out = TextFiles.utf8WithBom(dir.resolve(fileName(year)))) {
            writeMetadata(out, year);
            StringBuilder line = new StringBuilder(512);
            for (int sex = 0; sex < 3; sex++) {
                for (Region r : regions) {
                    line.setLength(0);
                    line.append(q(year + "_01")).append(',').append(q("人口【人】")).append(',').append(q(year + "000000"))
                            .append(',').append(q(year + "年")).append(',').append(q(SEX_CODES[sex])).append(',')
                            .append(q(SEX_NAMES[sex])).append(',').append(q("0")).append(',').append(q("国籍総数"))
                            .append(',').append(q(r.fiveDigits())).append(',').append(q(r.name())).append(',').append(q(""));
                    for (long v : columns(counts[r.index()][sex])) {
                        line.append(',').append(q(String.format(Locale.ROOT, "%,d", v)));
                    }
                    line.append("\r\n");
                    out.append(line);
                }
            }
        }
        return 2L * regions.size(); // 総人口 and 65歳以上人口 of every area
    }

    private static void draw(Noise noise, int year, Region r, PopulationModel population, int t, long[][] out) {
        int i = r.index();
        long total = Math.round(population.figure(i, t, RateBase.総人口) * (1 + 0.005 * noise.normal(SALT, 1, i, year)));
        long unknown = Math.round(total * 0.006 * noise.uniform(SALT, 2, i, year));
        long aged = Math.min(total - unknown - 1,
                Math.round(population.figure(i, t, RateBase.六十五歳以上人口) * (1 + 0.005 * noise.normal(SALT, 3, i, year))));
        long[] young = apportion(total - unknown - aged, YOUNG_PROFILE, noise, i, year, 4);
        long[] old = apportion(aged, OLD_PROFILE, noise, i, year, 5);
        long[] bands = new long[BANDS];
        System.arraycopy(young, 0, bands, 0, YOUNG);
        System.arraycopy(old, 0, bands, YOUNG, BANDS - YOUNG);
        for (int b = 0; b < BANDS; b++) {
            long men = Math.round(bands[b] * MALE_SHARE[b]);
            out[0][b] = bands[b];
            out[1][b] = men;
            out[2][b] = bands[b] - men;
        }
        long unknownMen = Math.round(unknown * 0.6);
        out[0][BANDS] = unknown;
        out[1][BANDS] = unknownMen;
        out[2][BANDS] = unknown - unknownMen;
    }

    /** Largest-remainder split of {@code n} over a profile jittered by ±10 %, so the parts sum to n exactly. */
    private static long[] apportion(long n, double[] profile, Noise noise, int region, int year, int key) {
        double[] w = new double[profile.length];
        double sum = 0;
        for (int b = 0; b < w.length; b++) {
            w[b] = profile[b] * Math.exp(0.1 * noise.normal(SALT, key, region, year, b));
            sum += w[b];
        }
        long[] parts = new long[w.length];
        double[] rest = new double[w.length];
        long given = 0;
        for (int b = 0; b < w.length; b++) {
            double exact = n * w[b] / sum;
            parts[b] = (long) exact;
            rest[b] = exact - parts[b];
            given += parts[b];
        }
        for (; given < n; given++) {
            int best = 0;
            for (int b = 1; b < w.length; b++) {
                if (rest[b] > rest[best]) {
                    best = b;
                }
            }
            parts[best]++;
            rest[best] = -1;
        }
        return parts;
    }

    private static void add(long[][] into, long[][] part) {
        for (int s = 0; s < into.length; s++) {
            for (int b = 0; b < into[s].length; b++) {
                into[s][b] += part[s][b];
            }
        }
    }

    /** 総数, the 21 bands, 不詳, then （再掲） 15歳未満, 15～64歳, 65歳以上, 75歳以上, 85歳以上, 20～69歳. */
    private static long[] columns(long[] bands) {
        long[] c = new long[29];
        long total = 0;
        for (long v : bands) {
            total += v;
        }
        c[0] = total;
        System.arraycopy(bands, 0, c, 1, BANDS + 1);
        c[23] = sum(bands, 0, 3);
        c[24] = sum(bands, 3, 13);
        c[25] = sum(bands, 13, 21);
        c[26] = sum(bands, 15, 21);
        c[27] = sum(bands, 17, 21);
        c[28] = sum(bands, 4, 14);
        return c;
    }

    private static long sum(long[] a, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s;
    }

    private static void writeMetadata(Writer out, int year) throws IOException {
        String era = year >= 2019 ? "令和" + fullWidth(year - 2018) : "平成" + fullWidth(year - 1988);
        out.write(q("統計名：") + "," + q(era + "年国勢調査 人口等基本集計　（主な内容：男女・年齢・配偶関係，世帯の構成，住居の状態，母子・父子世帯，国籍など）") + "\r\n");
        out.write(q("表番号：") + "," + q("2-7-1") + "\r\n");
        out.write(q("表題：") + "," + q("[総人口・総世帯数・男女・年齢・配偶関係] 男女，年齢（5歳階級），国籍総数か日本人別人口－全国，都道府県，市区町村（2000年（平成12年）市区町村含む）") + "\r\n");
        out.write(q("実施年月：") + "," + q(year + "年") + "," + q("10月") + "\r\n");
        out.write(q("市区町村時点（年月日）：") + "," + q("-") + "\r\n");
        out.write("\r\n");
        out.write(q("***") + "," + q("当該数値がないもの") + "\r\n");
        out.write(q("-") + "," + q("当該数値がないもの") + "\r\n");
        out.write("\r\n");
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            codes.append(q("")).append(',');
        }
        codes.append(q("/年齢 コード"));
        for (int i = 0; i <= 22; i++) {
            codes.append(',').append(q(String.format("%02d", i)));
        }
        for (int i = 1; i <= 6; i++) {
            codes.append(',').append(q("R" + i));
        }
        out.write(codes + "\r\n");
        StringBuilder labels = new StringBuilder(String.join(",", q("表章事項 コード"), q("表章事項"), q("時間軸（年次） コード"),
                q("時間軸（年次）"), q("男女 コード"), q("男女"), q("国籍総数か日本人 コード"), q("国籍総数か日本人"),
                q("全国，都道府県，市区町村（2000年市区町村含む） コード"), q("全国，都道府県，市区町村（2000年市区町村含む）"),
                q("/年齢"), q("総数")));
        for (int b = 0; b < 20; b++) {
            labels.append(',').append(q((b * 5) + "～" + (b * 5 + 4) + "歳"));
        }
        labels.append(',').append(q("100歳以上")).append(',').append(q("年齢「不詳」"));
        for (String s : new String[] {"15歳未満", "15～64歳", "65歳以上", "75歳以上", "85歳以上", "20～69歳"}) {
            labels.append(',').append(q("（再掲）" + s));
        }
        out.write(labels + "\r\n");
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('０' + (c - '0')));
        }
        return sb.toString();
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }
}
