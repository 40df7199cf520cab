package jp.renkei.source.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * One 見える化 export file as read: what its name and its first two rows say.
 *
 * @param file          path relative to the input folder, {@code /}-separated
 * @param exportId      指標ID from the file name, e.g. {@code δ1-c}
 * @param exportName    指標名 from the file name
 * @param layout        時系列 or 地域別; the file name and the header agree on it
 * @param year          the year of a 地域別 export (from the file name only), {@code null} for 時系列
 * @param exportedOn    the 出力日 of row 1, {@code null} when row 1 has none
 * @param checkedRegion the 確認している地域 of row 1 (e.g. 埼玉県行田市), {@code null} when row 1 has none
 * @param encoding      "UTF-8", "UTF-8 with BOM", "windows-31j", or "xlsx"
 * @param headerLabels  the header row's labels from column A to the last labelled column, trimmed,
 *                      e.g. 地域, 指標, 単位, H29年, H30年 (with an empty label first when the table starts in B)
 * @param sheetName     the sheet the table was read from, {@code null} for a CSV
 * @param headerRow     the header's row number (2 in a download; found by its labels)
 * @param valueColumns  0-based columns of the periods (時系列) or regions (地域別) in {@code headerLabels}
 */
public record ParsedExport(String file, String exportId, String exportName, ExportLayout layout, Integer year,
        LocalDate exportedOn, String checkedRegion, String encoding, List<String> headerLabels, String sheetName,
        int headerRow, List<Integer> valueColumns) {

    public ParsedExport {
        headerLabels = List.copyOf(headerLabels);
        valueColumns = List.copyOf(valueColumns);
    }
}
