package jp.renkei.input;

import java.nio.file.Path;
import java.util.List;

/**
 * A "simple" CSV: the header on the first non-blank row, one item per following non-blank row. Most of
 * renkei's hand-kept inputs have this shape.
 *
 * @param file   the decoded file
 * @param header its header, checked for the required columns
 * @param rows   the data rows, blank ones left out
 */
public record SimpleCsv(CsvFile file, CsvHeader header, List<CsvRow> rows) {

    /**
     * @param required   columns that must be present
     * @param documented the documented header, quoted in messages
     * @throws InputFileException for an unreadable or empty file, or a header missing a required column
     */
    public static SimpleCsv read(Path inputRoot, Path path, List<String> required, List<String> documented) {
        return of(CsvFile.read(inputRoot, path), required, documented);
    }

    /** The same for a file already decoded. */
    public static SimpleCsv of(CsvFile file, List<String> required, List<String> documented) {
        CsvHeader header = headerOf(file, documented).require(file.name(), required, documented);
        return new SimpleCsv(file, header, dataRows(file, header));
    }

    /** The first non-blank row as the header. */
    public static CsvHeader headerOf(CsvFile file, List<String> documented) {
        return headerOf(file, "a header line " + String.join(",", documented));
    }

    /** The first non-blank row as the header; {@code expected} says what an empty file should have held. */
    public static CsvHeader headerOf(CsvFile file, String expected) {
        return file.rows().stream().filter(r -> !r.isBlank()).findFirst().map(CsvHeader::new)
                .orElseThrow(() -> new InputFileException(InputProblem.ofFile(file.name(), "empty file", null, expected)));
    }

    /** The non-blank rows after the header. */
    public static List<CsvRow> dataRows(CsvFile file, CsvHeader header) {
        return file.rows().stream().filter(r -> r.number() > header.row().number() && !r.isBlank()).toList();
    }

    public String name() {
        return file.name();
    }

    public String value(CsvRow row, String column) {
        return header.value(row, column);
    }
}
