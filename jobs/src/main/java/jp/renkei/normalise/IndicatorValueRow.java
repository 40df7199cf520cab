package jp.renkei.normalise;

import jp.renkei.domain.PeriodLabel;

/**
 * One 見える化 value, resolved and normalised, ready for staging.
 *
 * @param series      the indicator it belongs to; an uncatalogued one is added to dim_indicator with the row
 * @param displayMode 注目する地域のみ or 他地域と比較 from the series name's prefix, {@code null} without one
 * @param projection  the period starts in a year after the export's 出力日 year
 */
public record IndicatorValueRow(
        IndicatorCatalogue.Series series,
        String regionCode,
        PeriodLabel period,
        String publishedText,
        String unit,
        NormalisedValue value,
        String sourceFileId,
        int sourceRow,
        String sourceColumn,
        String displayMode,
        boolean projection) {

    public String indicatorId() {
        return series.indicatorId();
    }

    /** Years after the 出力日's year are projections (the A series run to 2050); without an 出力日 none is. */
    public static boolean isProjection(PeriodLabel period, java.time.LocalDate exportedOn) {
        return exportedOn != null && period.start().getYear() > exportedOn.getYear();
    }
}
