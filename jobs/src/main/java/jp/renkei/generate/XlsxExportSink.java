package jp.renkei.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A 時系列 export as the system serves it: a graph sheet first (carrying the 出力日 line too), then sheet
 * 表形式（時系列） with 出力日 in A1 and the table from column B (column A empty below row 1), numbers as numeric
 * cells, missing values as the text token. fastexcel stamps the time of writing into the file (docProps/core.xml
 * and every zip entry), so the finished workbook is passed through {@link ReproducibleZip} with the export's
 * 出力日 as the only time it holds: the same seed then gives the same bytes.
 */
final class XlsxExportSink implements ExportSink {

    static final String SHEET = "表形式（時系列）";
    static final String GRAPH_SHEET = "グラフ";
    /* the table starts in column B, as in a download */
    private static final int FIRST = 1;

    private final Path file;
    private final LocalDate exportedOn;
    private final Path unstamped;
    private final OutputStream bytes;
    private final Workbook workbook;
    private final Worksheet graph;
    private final Worksheet sheet;
    private int row;

    XlsxExportSink(Path file, LocalDate exportedOn) throws IOException {
        this.file = file;
        this.exportedOn = exportedOn;
        // fastexcel's own output goes to a hidden file beside the export (the loader skips dot files)
        this.unstamped = file.resolveSibling("." + file.getFileName() + ".unstamped");
        this.bytes = new java.io.BufferedOutputStream(Files.newOutputStream(unstamped), 1 << 16);
        this.workbook = new Workbook(bytes, "renkei-generate", "1.0");
        this.graph = workbook.newWorksheet(GRAPH_SHEET);
        this.sheet = workbook.newWorksheet(SHEET);
    }

    @Override
    public void header(String outputDateLine, List<String> labels) throws IOException {
        graph.value(0, 0, outputDateLine);
        // finished before the table streams out: fastexcel writes a workbook's sheets one zip entry after another, and
        // flushing the second sheet while the first is still open breaks its entry ("not current zip current")
        graph.finish();
        sheet.value(0, 0, outputDateLine);
        for (int c = 0; c < labels.size(); c++) {
            sheet.value(1, FIRST + c, labels.get(c));
        }
        row = 2;
    }

    @Override
    public void row(String region, String series, String unit, long[] cells, int decimals) throws IOException {
        sheet.value(row, FIRST, region);
        sheet.value(row, FIRST + 1, series);
        sheet.value(row, FIRST + 2, unit);
        for (int i = 0; i < cells.length; i++) {
            long cell = cells[i];
            if (IndicatorValues.isMissing(cell)) {
                sheet.value(row, FIRST + 3 + i, CellText.missingToken(cell));
            } else {
                sheet.value(row, FIRST + 3 + i, CellText.decimal(cell, decimals));
            }
        }
        row++;
        if (row % 256 == 0) {
            sheet.flush(); // let fastexcel stream the rows out rather than keep them all
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
        bytes.close();
        try {
            Files.write(file, ReproducibleZip.normalise(unstamped, exportedOn.atStartOfDay()));
        } finally {
            Files.deleteIfExists(unstamped);
        }
    }
}
