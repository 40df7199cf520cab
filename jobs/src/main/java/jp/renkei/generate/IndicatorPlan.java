package jp.renkei.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.renkei.domain.Scenes;

/**
 * The indicators of a generated input: ids like the system's (a series letter and a number, some with a
 * suffix: {@code A1}, {@code K12-a}), names from the programme's vocabulary (訪問診療, 退院・退所加算, 看取り…)
 * with a measure word that fits the unit, the unit, period style and file format of each export.
 */
public final class IndicatorPlan {

    private static final long SALT = 0x494E44L; // "IND"
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final List<String> TOPICS = List.of("訪問診療", "往診", "訪問看護", "訪問介護", "通所介護", "短期入所生活介護",
            "居宅療養管理指導", "退院調整", "入院時情報連携加算", "退院・退所加算", "看取り介護加算", "ターミナルケア加算",
            "在宅死亡", "認知症対応型共同生活介護", "小規模多機能型居宅介護", "定期巡回・随時対応型訪問介護看護",
            "看護小規模多機能型居宅介護", "介護老人保健施設", "介護老人福祉施設", "介護医療院", "在宅療養支援診療所",
            "在宅療養支援病院", "訪問歯科診療", "訪問薬剤管理指導", "緊急時訪問看護", "地域包括支援センター相談",
            "介護予防・日常生活支援総合事業", "福祉用具貸与", "住宅改修", "緩和ケア", "訪問リハビリテーション",
            "通所リハビリテーション");
    /* the qualifiers of the second and later series of one export (要介護度, 性別, 年齢階級) */
    static final List<String> QUALIFIERS = List.of("要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4",
            "要介護5", "男性", "女性", "前期高齢者", "後期高齢者", "65～74歳", "75～84歳", "85歳以上", "単身世帯",
            "高齢夫婦世帯", "施設", "居宅", "地域密着型", "その他");
    private static final String INITIATIVES = "アイウエオカキク";

    private final List<IndicatorSpec> indicators;

    public IndicatorPlan(GeneratorSettings settings) {
        Noise noise = new Noise(settings.seed());
        UnitStyle[] units = UnitStyle.values();
        PeriodStyle[] periodStyles = PeriodStyle.values();
        List<IndicatorSpec> list = new ArrayList<>();
        for (int i = 0; i < settings.indicators(); i++) {
            String exportId = LETTERS.charAt(i % LETTERS.length()) + Integer.toString(i / LETTERS.length() + 1)
                    + (noise.uniform(SALT, 1, i) < 0.15 ? "-" + (char) ('a' + noise.below(4, SALT, 2, i)) : "");
            UnitStyle unit = units[noise.below(units.length, SALT, 3, i)];
            String name = TOPICS.get(noise.below(TOPICS.size(), SALT, 4, i)) + unit.measure(noise.below(3, SALT, 5, i));
            List<String> series = new ArrayList<>();
            series.add(name);
            for (int s = 1; s < settings.seriesPerIndicator(); s++) {
                series.add(name + "（" + QUALIFIERS.get(s - 1) + "）");
            }
            if (i % 5 == 2) { // IndicatorSpec#isDeviation: the last series is the measure's 偏差値
                series.set(series.size() - 1, name + IndicatorSpec.DEVIATION);
            }
            // exactly floor(n × share) exports are xlsx, spread evenly over the list
            boolean xlsx = Math.floor((i + 1) * settings.xlsxShare()) > Math.floor(i * settings.xlsxShare());
            // a repeated download gets " (2)" from the browser: the loader must not mind
            String suffix = noise.uniform(SALT, 6, i) < 0.05 ? " (2)" : "";
            String fileName = exportId + "_" + name + "_時系列" + suffix + (xlsx ? ".xlsx" : ".csv");
            list.add(new IndicatorSpec(i, exportId, name, unit, series, unit.level(noise.uniform(SALT, 7, i)),
                    -0.02 + 0.07 * noise.uniform(SALT, 8, i), periodStyles[noise.below(periodStyles.length, SALT, 9, i)],
                    xlsx, fileName, scenes(noise, i), initiatives(noise, i)));
        }
        indicators = Collections.unmodifiableList(list);
    }

    public List<IndicatorSpec> indicators() {
        return indicators;
    }

    /** One or two of the 4つの場面, by name, joined with ・ as staff write them. */
    private static String scenes(Noise noise, int i) {
        int first = noise.below(4, SALT, 10, i);
        int second = noise.below(4, SALT, 11, i);
        if (noise.uniform(SALT, 12, i) < 0.6 || first == second) {
            return Scenes.NAMES.get(first);
        }
        return Scenes.NAMES.get(Math.min(first, second)) + "・" + Scenes.NAMES.get(Math.max(first, second));
    }

    private static String initiatives(Noise noise, int i) {
        int first = noise.below(INITIATIVES.length(), SALT, 13, i);
        int second = noise.below(INITIATIVES.length(), SALT, 14, i);
        if (noise.uniform(SALT, 15, i) < 0.5 || first == second) {
            return String.valueOf(INITIATIVES.charAt(first));
        }
        return INITIATIVES.charAt(Math.min(first, second)) + "・" + INITIATIVES.charAt(Math.max(first, second));
    }
}
