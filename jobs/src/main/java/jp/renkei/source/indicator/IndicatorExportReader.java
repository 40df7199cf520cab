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
 * needs to label a cell (the file name, row 1, the header, each row's 地域 and 指標); periods, units,
 * numbers and region names are another step's business. Stateless: one instance can read every file.
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
        SheetTable table = SheetTable.read(path, file, sheetNames -> chooseSheet(file, name.layout(), sheetNames));
        OutputDateLine line = OutputDateLine.parse(file, table.rows().getFirst());
        ExportHeader header = ExportHeader.find(table, name.layout());
        ParsedExport export = new ParsedExport(file, name.exportId(), name.exportName(), name.layout(), name.year(),
                line.exportedOn(), line.checkedRegion(), table.encoding(), header.labels());

        List<SheetRow> dataRows = table.rows().stream().filter(r -> r.number() > ExportHeader.ROW && !r.isBlank()).toList();
        if (dataRows.isEmpty()) {
            throw new InputFileException(InputProblem.ofFile(file, "no data rows", "nothing below the header in row 2",
                    "one row per " + (name.layout() == ExportLayout.TIME_SERIES ? "region and series" : "series")
                            + " from row 3 on"));
        }
        ExportRowLabeller labeller = new ExportRowLabeller(export, header, table.format() == SheetTable.Format.CSV);
        for (SheetRow row : dataRows) {
            labeller.label(row, cells, rowProblems);
        }
        return export;
    }

    /**
     * The sheet the file name's layout names. A workbook with only the other layout's sheet is the wrong
     * layout; one with a single sheet of another name (re-saved, renamed) is read anyway and its header decides.
     */
    private static String chooseSheet(String file, ExportLayout layout, List<String> sheetNames) {
        for (String name : sheetNames) {
            if (SheetTable.SheetChooser.sameName(name, layout.sheetName())) {
                return name;
            }
        }
        if (sheetNames.stream().anyMatch(n -> SheetTable.SheetChooser.sameName(n, layout.other().sheetName()))) {
            throw new InputFileException(InputProblem.ofFile(file, "the file name and the workbook disagree on the layout",
                    "the sheet " + layout.other().sheetName(),
                    "the sheet " + layout.sheetName() + ", as the file name ending " + layout.fileNameEnding() + " says"));
        }
        if (sheetNames.size() == 1) {
            return sheetNames.getFirst();
        }
        return SheetTable.SheetChooser.named(file, layout.sheetName()).choose(sheetNames); // throws: no such sheet
    }
}
