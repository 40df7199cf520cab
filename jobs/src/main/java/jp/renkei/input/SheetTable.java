package jp.renkei.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A spreadsheet-like file read into rows of cell text, whatever it was saved as: the same reader then
 * serves an .xlsx from the browser and the CSV a colleague made of it in Excel. Cell text is what the file
 * stores (for .xlsx numbers, the number as written in the XML, never a rounded double), untrimmed.
 *
 * <p>Every reason the file as a whole cannot be read throws {@link InputFileException}: an empty file, a
 * file that is not a spreadsheet, a damaged or truncated workbook, a CSV that ends inside a quoted field.
 *
 * @param file      path relative to the input folder, as messages name it
 * @param format    what the file was read as
 * @param encoding  "UTF-8", "UTF-8 with BOM", "windows-31j" for CSV; "xlsx" for a workbook
 * @param sheetName the sheet read from a workbook, {@code null} for CSV
 * @param rows      the rows in file order; a row number is missing where a workbook has no row stored
 */
public record SheetTable(String file, Format format, String encoding, String sheetName, List<SheetRow> rows) {

    /** The encoding recorded for a workbook, whose text is always Unicode inside the zip. */
    public static final String XLSX = "xlsx";

    /**
     * Picks the sheet to read from a workbook's sheet names (in workbook order, never empty): returns one of
     * them, or throws {@link InputFileException} saying which sheet was expected.
     */
    @FunctionalInterface
    public interface SheetChooser {

        /** The workbook's first sheet. */
        SheetChooser FIRST = List::getFirst;

        String choose(List<String> sheetNames);

        /** The sheet of that name; names are compared in NFKC form, so （ and ( match. */
        static SheetChooser named(String file, String sheetName) {
            return names -> names.stream()
                    .filter(n -> sameName(n, sheetName))
                    .findFirst()
                    .orElseThrow(() -> new InputFileException(InputProblem.ofFile(file, "no sheet named " + sheetName,
                            "the sheets " + String.join(", ", names), "a sheet named " + sheetName)));
        }

        /** Sheet names compared in NFKC form: a re-saved copy may have turned （ into (. */
        static boolean sameName(String a, String b) {
            return Normalizer.normalize(a, Normalizer.Form.NFKC).equals(Normalizer.normalize(b, Normalizer.Form.NFKC));
        }
    }

    /** A workbook sheet as a chooser sees it: its name and whether Excel hides it. */
    public record SheetInfo(String name, boolean hidden) {
    }

    /** Picks the sheet to read from every sheet of a workbook (in workbook order), hidden ones included. */
    @FunctionalInterface
    public interface BookChooser {
        String choose(List<SheetInfo> sheets);
    }

    /**
     * A book read for its table: the chosen sheet in full, and the first rows of every other visible sheet (a
     * 見える化 graph sheet may be the only one that carries the 出力日 line). A CSV is a book of one table.
     */
    public record Book(SheetTable table, List<SheetTable> otherSheets) {

        public Book {
            otherSheets = List.copyOf(otherSheets);
        }
    }

    public enum Format {
        XLSX,
        CSV
    }

    public SheetTable {
        rows = List.copyOf(rows);
        InputLimits limits = InputLimits.configured();
        for (SheetRow row : rows) {
            limits.checkColumns(file, row.number(), row.size());
            for (int i = 0; i < row.size(); i++) {
                limits.checkCell(file, row.number(), SheetRow.columnLetter(i), row.text(i));
            }
        }
    }

    /** Reads the first sheet of a workbook, or a CSV. */
    public static SheetTable read(Path path, String file) {
        return read(path, file, SheetChooser.FIRST);
    }

    /**
     * Reads the sheet of that name from a workbook (its first sheet when {@code sheetName} is null), or a
     * CSV, which has no sheets and ignores the name.
     */
    public static SheetTable read(Path path, String file, String sheetName) {
        return read(path, file, sheetName == null ? SheetChooser.FIRST : SheetChooser.named(file, sheetName));
    }

    /**
     * Reads the sheet that {@code chooser} picks from the workbook's sheet names, or a CSV, whose single
     * table is read without asking the chooser.
     */
    public static SheetTable read(Path path, String file, SheetChooser chooser) {
        Format format = formatOf(file);
        byte[] bytes = readBytes(path, file, format);
        SheetTable table = switch (format) {
            case XLSX -> XlsxSheetReader.read(path, file, bytes, chooser);
            case CSV -> CsvSheetReader.read(file, bytes);
        };
        if (table.rows.stream().allMatch(SheetRow::isBlank)) {
            String where = format == Format.XLSX ? "sheet " + table.sheetName + " has no cell with text" : "no row with any text";
            throw new InputFileException(InputProblem.ofFile(file, "empty file", where, expectedContent(format)));
        }
        return table;
    }

    /**
     * Reads the sheet {@code chooser} picks in full and the first {@code otherRows} rows of every other visible
     * sheet, or a CSV as a book of one table. The same checks and messages as {@link #read(Path, String, String)}.
     */
    public static Book readBook(Path path, String file, BookChooser chooser, int otherRows) {
        Format format = formatOf(file);
        byte[] bytes = readBytes(path, file, format);
        Book book = switch (format) {
            case XLSX -> XlsxSheetReader.readBook(path, file, bytes, chooser, otherRows);
            case CSV -> new Book(CsvSheetReader.read(file, bytes), List.of());
        };
        SheetTable table = book.table();
        if (table.rows.stream().allMatch(SheetRow::isBlank)) {
            String where = format == Format.XLSX ? "sheet " + table.sheetName + " has no cell with text" : "no row with any text";
            throw new InputFileException(InputProblem.ofFile(file, "empty file", where, expectedContent(format)));
        }
        return book;
    }

    /**
     * Reads the sheet of that name (the first when null) from a workbook, or a CSV, row by row: a CSV's rows go to
     * {@code rows} as they are parsed and are never all held at once (a large survey's responses run to millions
     * of cells); a workbook is read whole first. The same checks and messages as {@link #read(Path, String, String)}.
     *
     * @return the encoding, as {@link #encoding()} gives it
     */
    public static String forEachRow(Path path, String file, String sheetName, Consumer<SheetRow> rows) {
        if (formatOf(file) == Format.XLSX) {
            SheetTable table = read(path, file, sheetName);
            table.rows().forEach(rows);
            return table.encoding();
        }
        byte[] head = readHead(path, file, Format.CSV);
        boolean[] text = {false};
        String encoding;
        try {
            // from disk as it is parsed: a response file of a million respondents is never held whole
            encoding = CsvSheetReader.forEachRow(file, path, head, row -> {
                text[0] |= !row.isBlank();
                rows.accept(row);
            });
        } catch (IOException e) {
            throw new InputFileException(InputProblem.ofFile(file, "cannot read the file", e.toString(), "a readable file"), e);
        }
        if (!text[0]) {
            throw new InputFileException(InputProblem.ofFile(file, "empty file", "no row with any text", expectedContent(Format.CSV)));
        }
        return encoding;
    }

    /** The first {@value #HEAD_BYTES} bytes of a file (all of a smaller one), with the errors of {@link #readBytes}. */
    private static byte[] readHead(Path path, String file, Format format) {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new InputFileException(InputProblem.ofFile(file, "cannot read the file", e.toString(), "a readable file"), e);
        }
        if (head.length == 0) {
            throw new InputFileException(InputProblem.ofFile(file, "empty file", "0 bytes", expectedContent(format)));
        }
        return head;
    }

    /** What the checks of a file's kind and encoding look at: its first 8 KiB. */
    private static final int HEAD_BYTES = 8192;

    private static byte[] readBytes(Path path, String file, Format format) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputFileException(InputProblem.ofFile(file, "cannot read the file", e.toString(), "a readable file"), e);
        }
        if (bytes.length == 0) {
            throw new InputFileException(InputProblem.ofFile(file, "empty file", "0 bytes", expectedContent(format)));
        }
        return bytes;
    }

    /** The format a file name's extension promises; anything but .xlsx and .csv is refused here. */
    public static Format formatOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "xlsx" -> Format.XLSX;
            case "csv" -> Format.CSV;
            case "xls" -> throw new InputFileException(InputProblem.ofFile(file, "unsupported file type",
                    "an Excel 97-2003 workbook (.xls)", "an .xlsx workbook or a .csv file (open it in Excel and save it as .xlsx)"));
            default -> throw new InputFileException(InputProblem.ofFile(file, "unsupported file type",
                    extension.isEmpty() ? "a file name without an extension" : "the extension ." + extension,
                    "an .xlsx workbook or a .csv file"));
        };
    }

    static String expectedContent(Format format) {
        return format == Format.XLSX ? "an .xlsx workbook with a table" : "CSV text with a table";
    }
}
