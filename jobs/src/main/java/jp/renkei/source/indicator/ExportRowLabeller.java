package jp.renkei.source.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;

/**
 * Turns one data row into {@link ExportCell}s labelled by the header, or into one problem when the row
 * cannot be labelled and must be skipped.
 */
final class ExportRowLabeller {

    private final ParsedExport export;
    private final ExportHeader header;
    private final boolean rowWidthsAreExact;
    private final Integer regionColumn;
    private final int seriesColumn;
    private final int unitColumn;
    /* column letters and header texts, worked out once per file rather than once per cell */
    private final List<String> letters = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    /* the columns the header labels: 地域, 指標, 単位 and the value columns */
    private final java.util.Set<Integer> labelled = new java.util.HashSet<>();

    /**
     * @param rowWidthsAreExact true for CSV, where a row's field count is what the line held, so that fewer
     *                          fields than the header means a line cut short; an .xlsx row simply does not
     *                          store its trailing blank cells
     */
    ExportRowLabeller(ParsedExport export, ExportHeader header, boolean rowWidthsAreExact) {
        this.export = export;
        this.header = header;
        this.rowWidthsAreExact = rowWidthsAreExact;
        this.regionColumn = header.columnOf().get("地域");
        this.seriesColumn = header.columnOf().get("指標");
        this.unitColumn = header.columnOf().get("単位");
        labelled.addAll(header.columnOf().values());
        labelled.addAll(header.valueColumns());
        for (int column : header.valueColumns()) {
            letters.add(SheetRow.columnLetter(column));
            headers.add(header.labels().get(column));
        }
    }

    /** True when the row has no text from the table's first column on (a note left of the table does not count). */
    boolean isBlank(SheetRow row) {
        for (int i = header.firstColumn(); i < row.size(); i++) {
            if (!row.text(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    void label(SheetRow row, Consumer<ExportCell> cells, Consumer<InputProblem> problems) {
        InputProblem problem = problemWith(row);
        if (problem != null) {
            problems.accept(problem.onSheet(export.sheetName()));
            return;
        }
        String series = row.text(seriesColumn).strip();
        String unit = row.text(unitColumn).strip();
        String region = regionColumn == null ? null : row.text(regionColumn).strip();
        boolean timeSeries = export.layout() == ExportLayout.TIME_SERIES;
        List<Integer> columns = header.valueColumns();
        for (int i = 0; i < columns.size(); i++) {
            String label = headers.get(i);
            cells.accept(new ExportCell(export.file(), row.number(), letters.get(i), label,
                    timeSeries ? region : label, series, unit, timeSeries ? label : null,
                    row.text(columns.get(i)).strip()));
        }
    }

    private InputProblem problemWith(SheetRow row) {
        String file = export.file();
        int width = header.width();
        if (rowWidthsAreExact && row.size() < width) {
            return InputProblem.at(file, row.number(), null,
                    "row has " + row.size() + " of " + width + " columns; the file may be truncated",
                    String.join(",", row.cells()), width + " columns, as in the header");
        }
        for (int i = header.firstColumn(); i < row.size(); i++) {
            if (!row.text(i).isBlank() && !labelled.contains(i)) {
                String last = SheetRow.columnLetter(header.valueColumns().getLast());
                return InputProblem.at(file, row.number(), SheetRow.columnLetter(i), "value in a column without a header",
                        row.text(i).strip(), i > header.valueColumns().getLast()
                                ? "nothing right of column " + last + ", the last column of the header"
                                : "nothing under a " + (header.labels().get(i).isEmpty() ? "blank header"
                                        : "filler header (" + header.labels().get(i) + ")"));
            }
        }
        if (regionColumn != null && row.text(regionColumn).isBlank()) {
            return blank(row, regionColumn, "地域", "a region name");
        }
        if (row.text(seriesColumn).isBlank()) {
            return blank(row, seriesColumn, "指標", "a series name");
        }
        return null;
    }

    private InputProblem blank(SheetRow row, int column, String label, String expected) {
        return InputProblem.at(export.file(), row.number(), SheetRow.columnLetter(column) + " (" + label + ")",
                "blank " + label, null, expected);
    }
}
