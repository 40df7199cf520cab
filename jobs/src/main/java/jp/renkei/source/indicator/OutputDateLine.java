package jp.renkei.source.indicator;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.domain.PeriodKind;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;
import jp.renkei.input.SheetTable;

/**
 * The {@code 出力日} and {@code 確認している地域} of a book, found by pattern in its first rows: above the table's
 * header, or on another sheet (the graph sheet may be the only one that carries them). Either may be in one cell
 * with the other, in cells of their own, with {@code ：}, {@code :}, a space, an ideographic space or nothing
 * between label and value. Either may be absent.
 */
record OutputDateLine(LocalDate exportedOn, String checkedRegion) {

    // matched on NFKC text, where ： has become :, the ideographic space a space and full-width digits ASCII ones
    private static final Pattern LABEL = Pattern.compile("出力日\\s*:?\\s*");
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})\\s*[/.年-]\\s*(\\d{1,2})\\s*[/.月-]\\s*(\\d{1,2})日?");
    private static final Pattern ERA = Pattern.compile("(?:昭和|平成|令和|[SHR])(?:元|\\d{1,2})年\\d{1,2}月\\d{1,2}日");
    private static final Pattern REGION = Pattern.compile("確認している地域\\s*:?\\s*([^\\s,]+)");
    private static final Pattern TOKEN = Pattern.compile("\\S*");

    /**
     * @param table       the table sheet; its rows above {@code headerRow} are searched first
     * @param otherSheets the first rows of the book's other visible sheets
     */
    static OutputDateLine find(SheetTable table, int headerRow, List<SheetTable> otherSheets) {
        LocalDate exportedOn = null;
        String region = null;
        List<SheetTable> sheets = new java.util.ArrayList<>();
        sheets.add(table);
        sheets.addAll(otherSheets);
        for (SheetTable sheet : sheets) {
            for (SheetRow row : sheet.rows()) {
                if (sheet == table ? row.number() >= headerRow : row.number() > ExportHeader.SEARCH_ROWS) {
                    break;
                }
                String text = Normalizer.normalize(String.join(" ", row.cells()), Normalizer.Form.NFKC);
                if (exportedOn == null) {
                    Matcher label = LABEL.matcher(text);
                    if (label.find()) {
                        exportedOn = date(sheet, row, text.substring(label.end()));
                    }
                }
                if (region == null) {
                    Matcher r = REGION.matcher(text);
                    region = r.find() ? r.group(1) : null;
                }
            }
        }
        return new OutputDateLine(exportedOn, region);
    }

    private static LocalDate date(SheetTable sheet, SheetRow row, String afterLabel) {
        Matcher western = WESTERN.matcher(afterLabel);
        Matcher era = ERA.matcher(afterLabel);
        try {
            if (western.lookingAt()) {
                return LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
                        Integer.parseInt(western.group(3)));
            }
            if (era.lookingAt()) {
                PeriodLabel day = PeriodLabel.parse(era.group());
                if (day.kind() == PeriodKind.DATE) {
                    return day.asOfDate();
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // falls through to the message below
        }
        Matcher token = TOKEN.matcher(afterLabel);
        token.lookingAt();
        int column = 0;
        while (column < row.size() && !Normalizer.normalize(row.text(column), Normalizer.Form.NFKC).contains("出力日")) {
            column++;
        }
        throw new InputFileException(InputProblem.at(sheet.file(), row.number(), SheetRow.columnLetter(column),
                "出力日 is not a date", "出力日：" + token.group(), "出力日：YYYY/MM/DD").onSheet(sheet.sheetName()));
    }
}
