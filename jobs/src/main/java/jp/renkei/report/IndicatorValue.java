package jp.renkei.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One published 見える化 value of the home municipality, its prefecture or the nation, as the report needs it.
 * The last four come from columns that only some warehouses have (see {@link ReportQueries}); they are then
 * null, false or null.
 *
 * @param level         nation, prefecture or municipality (ward)
 * @param publishedText the cell exactly as published (516.0 stays 516.0); null when the export gave nothing
 * @param displayMode   見える化's display mode (注目する地域のみ, 他地域と比較) where an export comes in both
 * @param catalogued    false for a series renkei read without a catalogue row; null when the warehouse cannot say
 * @param valueKind     count, rate, percent, money or index; null when the warehouse does not say
 */
public record IndicatorValue(String indicatorId, String indicatorName, String regionCode, String regionName, String level,
        String periodKey, String periodLabel, LocalDate periodStart, String publishedText, Double publishedValue,
        Double ratePer100k, String unit, String base, LocalDate denominatorAsOf, String valueStatus, boolean partial,
        String revisionPeriod, List<String> scenes, String displayMode, Boolean catalogued, boolean projection,
        String valueKind) {

    /** An export can carry one indicator in two display modes: each is its own series. */
    public SeriesKey series() {
        return new SeriesKey(indicatorId, displayMode);
    }

    public record SeriesKey(String indicatorId, String displayMode) {
    }
}
