package jp.renkei.normalise;

import jp.renkei.domain.PeriodLabel;

/** One 見える化 value, resolved and normalised, ready for staging. */
public record IndicatorValueRow(
        String indicatorId,
        String regionCode,
        PeriodLabel period,
        String publishedText,
        String unit,
        NormalisedValue value,
        String sourceFileId,
        int sourceRow,
        String sourceColumn) {
}
