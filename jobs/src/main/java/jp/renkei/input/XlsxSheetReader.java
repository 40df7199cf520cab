package jp.renkei.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** Reads one sheet of an .xlsx workbook with fastexcel-reader into {@link SheetRow}s. */
final class XlsxSheetReader {

    private static final String EXPECTED = "an .xlsx workbook (Excel 2007 or later)";

    /* with cell formats, so that a date-formatted number can be shown as the date Excel shows */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    /* Excel's built-in date and time formats (ids 14-22, 45-47) and the Japanese-locale ones (27-36, 50-58) */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29,
            30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    private XlsxSheetReader() {
    }

    static SheetTable read(Path path, String file, byte[] bytes, SheetTable.SheetChooser chooser) {
        return readBook(path, file, bytes, sheets -> chooser.choose(sheets.stream().map(SheetTable.SheetInfo::name).toList()),
                0).table();
    }

    /**
     * The chosen sheet in full and the first {@code otherRows} rows of every other visible sheet (none when 0).
     * A sheet that cannot be streamed as rows (a chart sheet) is left out of the others.
     */
    static SheetTable.Book readBook(Path path, String file, byte[] bytes, SheetTable.BookChooser chooser, int otherRows) {
        if (!FileSignature.isZip(bytes)) {
            String found = FileSignature.knownBinary(bytes);
            if (found == null) {
                found = FileSignature.looksBinary(bytes) || bytes.length < 4 ? "bytes that are not a zip archive" : "text, not a zip archive (a CSV saved under an .xlsx name?)";
            }
            throw new InputFileException(InputProblem.ofFile(file, "not an .xlsx workbook", found, EXPECTED));
        }
        checkZip(path, file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(), OPTIONS)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            Sheet sheet = choose(sheets, file, chooser);
            SheetTable table = new SheetTable(file, SheetTable.Format.XLSX, SheetTable.XLSX, sheet.getName(), rows(file, sheet, Long.MAX_VALUE));
            List<SheetTable> others = new ArrayList<>();
            for (Sheet other : sheets) {
                if (otherRows > 0 && other != sheet && other.getVisibility() == SheetVisibility.VISIBLE) {
                    try {
                        others.add(new SheetTable(file, SheetTable.Format.XLSX, SheetTable.XLSX, other.getName(), rows(file, other, otherRows)));
                    } catch (IOException | RuntimeException e) {
                        // a chart sheet has no rows to stream; its text, if any, is not where 見える化 puts it
                    }
                }
            }
            return new SheetTable.Book(table, others);
        } catch (InputFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the zip directory was intact, so a part inside it is damaged (or cut short and patched)
            throw new InputFileException(InputProblem.ofFile(file, "damaged .xlsx workbook", String.valueOf(e.getMessage()), EXPECTED), e);
        }
    }

    /**
     * A zip's directory sits at its end, so a download cut short loses it: the JDK's zip reader then fails
     * before fastexcel would, with a message that can be made plain. A zip that opens but holds no
     * workbook part is some other document (a .docx, an archive of files).
     */
    private static void checkZip(Path path, String file) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            boolean workbook = false;
            boolean word = false;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                workbook |= name.equalsIgnoreCase("xl/workbook.xml");
                word |= name.equalsIgnoreCase("word/document.xml");
            }
            if (!workbook) {
                String found = word ? "a Word document (.docx)" : "a zip archive without an Excel workbook in it";
                throw new InputFileException(InputProblem.ofFile(file, "not an .xlsx workbook", found, EXPECTED));
            }
        } catch (IOException e) {
            throw new InputFileException(InputProblem.ofFile(file, "damaged .xlsx workbook",
                    "a zip archive whose directory cannot be read; the file may be truncated", EXPECTED), e);
        }
    }

    /** The sheet's rows numbered up to {@code lastRow}. */
    private static List<SheetRow> rows(String file, Sheet sheet, long lastRow) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        InputLimits limits = InputLimits.configured();
        try (Stream<Row> stream = sheet.openStream()) {
            // checked as each row streams past, before a workbook of 20,000 columns is held whole
            stream.takeWhile(row -> row.getRowNum() <= lastRow).forEach(row -> {
                limits.checkColumns(file, row.getRowNum(), row.getCellCount());
                rows.add(toSheetRow(row));
            });
        }
        return rows;
    }

    private static Sheet choose(List<Sheet> sheets, String file, SheetTable.BookChooser chooser) {
        if (sheets.isEmpty()) {
            throw new InputFileException(InputProblem.ofFile(file, "workbook has no sheet", "no sheets", EXPECTED));
        }
        String name = chooser.choose(sheets.stream()
                .map(s -> new SheetTable.SheetInfo(s.getName(), s.getVisibility() != SheetVisibility.VISIBLE)).toList());
        return sheets.stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the chooser returned " + name + ", which is not a sheet of " + file));
    }

    private static SheetRow toSheetRow(Row row) {
        int n = row.getCellCount();
        List<String> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cells.add(text(row.getCell(i)));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    /** The cell's text as stored: numbers as written in the XML ("427.8", "2000.0"), formulas by cached value. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.getValue() == null ? "" : cell.getValue().toString();
            case BOOLEAN -> Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
            case NUMBER -> isDate(cell) ? dateText(cell) : raw(cell);
            case FORMULA -> cell.getValue() instanceof BigDecimal && isDate(cell) ? dateText(cell) : raw(cell);
            case ERROR -> raw(cell);
        };
    }

    private static String raw(Cell cell) {
        return cell.getRawValue() == null ? "" : cell.getRawValue();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && isDateFormat(format);
    }

    /**
     * A custom number format shows a date or time when, outside quotes and brackets, it uses y, m, d, h or s
     * (Japanese era formats such as ggge年m月d日 use m and d too).
     */
    static boolean isDateFormat(String format) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is literal (or padding)
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (!bracket && "yYmMdDhHsS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A date cell as Japanese Excel shows it by default: 2023/09/01, with the time only when there is one. */
    private static String dateText(Cell cell) {
        LocalDateTime at = cell.asDate();
        return at.toLocalTime().toSecondOfDay() == 0 && at.getNano() == 0 ? DATE.format(at) : DATE_TIME.format(at);
    }
}
