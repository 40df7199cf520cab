package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** report.xlsx read back whole (cell formats included), and the checks every report's workbook must pass. */
final class ReportWorkbook {

    record SheetRows(String name, List<Row> rows) {
    }

    final List<SheetRows> sheets = new ArrayList<>();

    ReportWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet s : wb.getSheets().toList()) {
                sheets.add(new SheetRows(s.getName(), s.read()));
            }
        }
    }

    List<String> names() {
        return sheets.stream().map(SheetRows::name).toList();
    }

    SheetRows sheet(String nameContains) {
        return sheets.stream().filter(s -> s.name().contains(nameContains)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet named like " + nameContains + " in " + names()));
    }

    /** Every sheet name and every cell's text, one per line. */
    String text() {
        StringBuilder all = new StringBuilder();
        for (SheetRows s : sheets) {
            all.append(s.name()).append('\n');
            for (Row r : s.rows()) {
                for (Cell cell : r) {
                    if (cell != null && cell.getRawValue() != null) {
                        all.append(cell.getRawValue()).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    /** A suppressed survey cell is the text —, never a number. */
    void assertSuppressedCellsAreText() {
        int seen = 0;
        for (SheetRows s : sheets.stream().filter(x -> x.name().startsWith("調査")).toList()) {
            for (Row r : s.rows()) {
                for (Cell cell : r) {
                    if (cell != null && "—".equals(cell.getRawValue())) {
                        assertThat(cell.getType()).as("%s %s", s.name(), cell.getAddress()).isEqualTo(CellType.STRING);
                        seen++;
                    }
                }
            }
        }
        assertThat(seen).as("suppressed cells on the survey sheets").isPositive();
    }
}
