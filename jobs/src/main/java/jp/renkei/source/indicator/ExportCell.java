package jp.renkei.source.indicator;

/**
 * One data cell of a 見える化 export, with everything its row and column say about it, as text exactly as
 * given (trimmed). Nothing here is validated: periods, units, numbers and region names are checked later.
 *
 * @param file        path relative to the input folder
 * @param row         1-based row as a spreadsheet shows it
 * @param column      column letter, e.g. {@code D}
 * @param header      the header text of that column (a period label for 時系列, a region name for 地域別)
 * @param regionName  地域 of the row (時系列) or the column's header (地域別)
 * @param seriesName  指標 of the row
 * @param unitText    単位 of the row, {@code ""} when blank
 * @param periodLabel the column's header for 時系列, {@code null} for 地域別 (its year is in the file name)
 * @param cellText    the value as written, e.g. {@code 516.0} or {@code －}; {@code ""} when blank
 */
public record ExportCell(String file, int row, String column, String header, String regionName, String seriesName,
        String unitText, String periodLabel, String cellText) {
}
