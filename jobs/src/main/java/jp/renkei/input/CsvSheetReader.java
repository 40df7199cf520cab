package jp.renkei.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV as Excel writes it (comma, double quotes, CRLF) into {@link SheetRow}s, one per record. */
final class CsvSheetReader {

    /*
     * Empty lines are kept as rows so that row numbers stay those a spreadsheet shows; lenient EOF stays
     * off so that a file cut inside a quoted field is an error, not a silently shortened last value.
     */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setLenientEof(false)
            .get();

    private static final int SHOWN_CHARS = 30;

    private CsvSheetReader() {
    }

    static SheetTable read(String file, byte[] bytes) {
        List<SheetRow> rows = new ArrayList<>();
        String encoding = forEachRow(file, bytes, rows::add);
        return new SheetTable(file, SheetTable.Format.CSV, encoding, null, rows);
    }

    /**
     * Hands each record to {@code rows} as soon as it is parsed, so that a large file is never held as rows all at
     * once; returns the encoding it was decoded with.
     */
    static String forEachRow(String file, byte[] bytes, Consumer<SheetRow> rows) {
        String binary = FileSignature.knownBinary(bytes);
        // UTF-16 text has bytes below 0x20 in most characters: leave it to TextDecoder, which names it
        if (binary == null && !TextDecoder.startsWithUtf16Bom(bytes) && FileSignature.looksBinary(bytes)) {
            binary = "binary data (control characters that text files do not have)";
        }
        if (binary != null) {
            throw new InputFileException(InputProblem.ofFile(file, "not a CSV file", binary, "CSV text (UTF-8 or CP932)"));
        }
        // parsed from a reader over the bytes: a whole file decoded to one String first would hold the file
        // three times over (bytes, decoder buffer, text), which a large survey's response file cannot afford
        TextDecoder.Detected detected = TextDecoder.detect(file, bytes);
        int read = 0;
        try (CSVParser parser = CSVParser.parse(TextDecoder.reader(bytes, detected), FORMAT)) {
            for (CSVRecord record : parser) {
                rows.accept(new SheetRow((int) record.getRecordNumber(), record.toList()));
                read++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException(malformed(file, TextDecoder.decode(file, bytes).text(), read + 1, e), e);
        }
        return detected.encoding();
    }

    /**
     * {@link #forEachRow(String, byte[], Consumer)} of a file read from disk as it is parsed: a large survey's response
     * file is never held, only its first bytes (for the checks of its kind and encoding) and the record being parsed.
     *
     * @param head the file's first bytes (at least 8 KiB, or all of a smaller file)
     */
    static String forEachRow(String file, Path path, byte[] head, Consumer<SheetRow> rows) throws IOException {
        String binary = FileSignature.knownBinary(head);
        if (binary == null && !TextDecoder.startsWithUtf16Bom(head) && FileSignature.looksBinary(head)) {
            binary = "binary data (control characters that text files do not have)";
        }
        if (binary != null) {
            throw new InputFileException(InputProblem.ofFile(file, "not a CSV file", binary, "CSV text (UTF-8 or CP932)"));
        }
        TextDecoder.Detected detected = TextDecoder.detect(file, path, head);
        int read = 0;
        try (Reader reader = TextDecoder.reader(path, detected); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (CSVRecord record : parser) {
                rows.accept(new SheetRow((int) record.getRecordNumber(), record.toList()));
                read++;
            }
        } catch (IOException | UncheckedIOException e) {
            // only a file that does not parse is read whole: to show where its quoting went wrong
            throw new InputFileException(malformed(file, TextDecoder.decode(file, Files.readAllBytes(path)).text(), read + 1, e), e);
        }
        return detected.encoding();
    }

    /**
     * Commons CSV reports an unterminated quote only as "EOF reached before encapsulated token finished", and
     * text after a closing quote with a character offset into the whole file; a scan of the quotes finds
     * the field itself, so that the message can show it.
     */
    static InputProblem malformed(String file, String text, int row, Exception e) {
        QuoteScan scan = QuoteScan.of(text);
        if (scan.unclosedAt() >= 0) {
            return InputProblem.at(file, row, null, "quoted field never closed; the file may be truncated",
                    shown(text.substring(scan.unclosedAt())), "a closing quote (\") before the end of the file");
        }
        if (scan.strayAt() >= 0) {
            return InputProblem.at(file, row, null, "text after the closing quote of a quoted field",
                    shown(text.substring(scan.openedAt(), scan.strayAt() + 1)),
                    "a comma or the end of the line after the closing quote (a quote inside a quoted field is written \"\")");
        }
        String detail = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : e.getMessage();
        return InputProblem.at(file, row, null, "malformed CSV", detail, "comma-separated values with quotes as Excel writes them");
    }

    /**
     * Where the quoting of a CSV text first goes wrong.
     *
     * @param openedAt   offset of the opening quote of the field that went wrong, or -1
     * @param unclosedAt offset of the opening quote of a field still open at the end of the text, or -1
     * @param strayAt    offset of the first character after a closing quote that is not a comma or line end, or -1
     */
    record QuoteScan(int openedAt, int unclosedAt, int strayAt) {

        static QuoteScan of(String text) {
            boolean inQuotes = false;
            boolean fieldStart = true;
            boolean justClosed = false;
            int openedAt = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i++; // an escaped quote inside the field
                        } else {
                            inQuotes = false;
                            justClosed = true;
                        }
                    }
                    continue;
                }
                boolean separator = c == ',' || c == '\n' || c == '\r';
                if (justClosed && !separator) {
                    return new QuoteScan(openedAt, -1, i);
                }
                justClosed = false;
                if (c == '"' && fieldStart) {
                    inQuotes = true;
                    openedAt = i;
                }
                fieldStart = separator;
            }
            return inQuotes ? new QuoteScan(openedAt, openedAt, -1) : new QuoteScan(-1, -1, -1);
        }
    }

    private static String shown(String s) {
        String oneLine = s.replace("\r\n", "↵").replace('\n', '↵').replace('\r', '↵');
        return oneLine.length() <= SHOWN_CHARS ? oneLine : oneLine.substring(0, SHOWN_CHARS) + "…";
    }
}
