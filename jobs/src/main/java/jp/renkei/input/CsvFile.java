package jp.renkei.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV file read whole: decoded with {@link TextDecoder} (UTF-8, UTF-8 with BOM, CP932) and
 * split into records. The files renkei reads this way are a few thousand rows at most, so holding
 * them in memory keeps the readers simple.
 */
public final class CsvFile {

    // Empty lines are kept so that record numbers stay the row numbers people see in Excel or an editor.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final String name;
    private final String encoding;
    private final List<CsvRow> rows;

    private CsvFile(String name, String encoding, List<CsvRow> rows) {
        this.name = name;
        this.encoding = encoding;
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code file}; messages name it relative to {@code inputRoot}.
     *
     * @throws InputFileException when the file cannot be read, decoded or split into CSV records
     */
    public static CsvFile read(Path inputRoot, Path file) {
        String name = relativeName(inputRoot, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputFileException(InputProblem.ofFile(name, "cannot read the file", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), "a readable file"), e);
        }
        return decode(name, bytes);
    }

    /** A CSV held as bytes (a resource inside renkei's jar); messages call it {@code name}. */
    public static CsvFile decode(String name, byte[] bytes) {
        TextDecoder.DecodedText decoded = TextDecoder.decode(name, bytes);
        return new CsvFile(name, decoded.encoding(), parse(name, decoded.text()));
    }

    /** The path relative to the input folder with {@code /}, as every message names a file. */
    public static String relativeName(Path inputRoot, Path file) {
        Path shown;
        try {
            shown = inputRoot.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            shown = file;
        }
        if (shown.toString().isEmpty() || shown.startsWith("..")) {
            shown = file;
        }
        return shown.toString().replace('\\', '/');
    }

    private static List<CsvRow> parse(String name, String text) {
        List<CsvRow> rows = new ArrayList<>();
        InputLimits limits = InputLimits.configured();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord r : parser) {
                for (int i = 0; i < r.size(); i++) {
                    limits.checkCell(name, (int) r.getRecordNumber(), SheetRow.columnLetter(i), r.get(i));
                }
                rows.add(new CsvRow((int) r.getRecordNumber(), r.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unterminated quote this way; the row is the one after the last good record.
            // The same wording as for a spreadsheet CSV: the field that was never closed, not the parser's exception.
            int row = rows.isEmpty() ? 1 : rows.getLast().number() + 1;
            throw new InputFileException(CsvSheetReader.malformed(name, text, row, e), e);
        }
        return rows;
    }

    public String name() {
        return name;
    }

    public String encoding() {
        return encoding;
    }

    /** Every record, blank ones included. */
    public List<CsvRow> rows() {
        return rows;
    }

    public boolean isBlank() {
        return rows.stream().allMatch(CsvRow::isBlank);
    }
}
