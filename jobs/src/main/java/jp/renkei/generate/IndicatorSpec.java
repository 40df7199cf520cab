package jp.renkei.generate;

import java.util.List;

/**
 * One generated 見える化 indicator and how its export looks.
 *
 * @param index       position in the plan: the key of its random draws
 * @param exportId    指標ID, e.g. {@code C3} or {@code K12-a}
 * @param name        指標名, also in the file name
 * @param unit        the unit every row prints
 * @param seriesNames the 指標 cell of each row per region (one series: the indicator's name)
 * @param level       typical national level in the unit (for a count: per 100,000 of 総人口)
 * @param growth      yearly trend
 * @param periods     how the period columns are labelled
 * @param xlsx        written as .xlsx rather than CP932 CSV
 * @param fileName    {@code {指標ID}_{指標名}_時系列.csv}, sometimes with a browser's {@code " (2)"}
 * @param scenes      the catalogue's 場面 cell
 * @param initiatives the catalogue's 取組 cell
 */
public record IndicatorSpec(int index, String exportId, String name, UnitStyle unit, List<String> seriesNames,
        double level, double growth, PeriodStyle periods, boolean xlsx, String fileName, String scenes,
        String initiatives) {

    public IndicatorSpec {
        seriesNames = List.copyOf(seriesNames);
    }

    /** The unit of a 偏差値 series' rows, and the word that ends its 指標. */
    public static final String DEVIATION = "（偏差値）";

    /**
     * Whether the series is a 偏差値 (a deviation score, an index around 50) beside the measure, as the real δ1
     * exports have them: the last series of every fifth indicator (its only one when it has one).
     */
    public boolean isDeviation(int series) {
        return index % 5 == 2 && series == seriesNames.size() - 1;
    }

    /** renkei's indicator_id for one series: {@code C3.訪問診療利用者数}. */
    public String indicatorId(int series) {
        return exportId + "." + seriesNames.get(series);
    }
}
