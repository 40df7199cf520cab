package jp.renkei.source.indicator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;
import jp.renkei.input.SheetTable;

/**
 * Reads one 見える化 export (.xlsx or a CSV re-saved from it) into labelled cells. It checks only what it
 * needs to label a cell (the file name, the table sheet, the 出力日 line, the header, each row's 地域 and 指標);
 * periods, units, numbers and region names are another step's business. Stateless: one instance can read every
 * file.
 */
public class IndicatorExportReader {

    /**
     * Reads a whole export.
     *
     * @param path the file on disk
     * @param file its path relative to the input folder, as messages and cells name it
     * @throws InputFileException when the file as a whole cannot be read
     */
    public IndicatorExport read(Path path, String file) {
        List<ExportCell> cells = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ParsedExport export = read(path, file, cells::add, problems::add);
        return new IndicatorExport(export, cells, problems);
    }

    /**
     * Reads an export and hands each cell and each skipped row's problem to a consumer as it is labelled, so
     * that a caller can write them without holding a second copy. All whole-file checks are done before the
     * first cell is handed on.
     */
    public ParsedExport read(Path path, String file, Consumer<ExportCell> cells, Consumer<InputProblem> rowProblems) {
        ExportFileName name = ExportFileName.parse(file);
        SheetTable.Book book = SheetTable.readBook(path, file, sheets -> ExportSheetChooser.choose(file, name.layout(), sheets),
                ExportHeader.SEARCH_ROWS);
        SheetTable table = book.table();
        ExportHeader header = ExportHeader.find(table, name.layout());
        OutputDateLine line = OutputDateLine.find(table, header.row(), book.otherSheets());
        ParsedExport export = new ParsedExport(file, name.exportId(), name.exportName(), name.layout(), name.year(),
                line.exportedOn(), line.checkedRegion(), table.encoding(), header.labels(), table.sheetName(), header.row(),
                header.valueColumns());
        // an export with a header and no data row (a service nobody provides there) is read as empty, not refused
        ExportRowLabeller labeller = new ExportRowLabeller(export, header, table.format() == SheetTable.Format.CSV);
        for (SheetRow row : table.rows()) {
            if (row.number() > header.row() && !labeller.isBlank(row)) {
                labeller.label(row, cells, rowProblems);
            }
        }
        return export;
    }

    /**
     * The table of an export as plain rows, wherever the book has it: the header (its required labels, then its
     * value columns) and every data row's cells of the same columns, for tools that read the table elsewhere
     * (the benchmark's floor hands it to DuckDB). Blank rows, and cells left of the table or under a blank or filler
     * header, are left out.
     */
    public void forEachTableRow(Path path, String file, Consumer<List<String>> rows) {
        ExportFileName name = ExportFileName.parse(file);
        SheetTable table = SheetTable.readBook(path, file, sheets -> ExportSheetChooser.choose(file, name.layout(), sheets), 0)
                .table();
        ExportHeader header = ExportHeader.find(table, name.layout());
        List<Integer> columns = new ArrayList<>();
        name.layout().requiredColumns().forEach(label -> columns.add(header.columnOf().get(label)));
        columns.addAll(header.valueColumns());
        rows.accept(columns.stream().map(header.labels()::get).toList());
        for (SheetRow row : table.rows()) {
            if (row.number() > header.row() && !row.isBlank()) {
                rows.accept(columns.stream().map(row::text).toList());
            }
        }
    }
}
