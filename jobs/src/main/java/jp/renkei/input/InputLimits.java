package jp.renkei.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What one input file may hold, checked while the inventory fingerprints it (a buffer at a time, before any reader
 * holds it in memory), so that a hostile or broken file is refused by name instead of running the heap out: an
 * .xlsx that inflates to a gigabyte, a 200 MB line, 20,000 columns, a 10 MB cell. The defaults are far above what
 * real exports, censuses and survey files hold; each can be changed with a setting ({@code renkei.input-max-…}
 * as a system property, or {@code RENKEI_INPUT_MAX_…} in the environment).
 *
 * @param maxUncompressedBytes the most an .xlsx workbook may inflate to (all its parts together)
 * @param maxLineBytes         the longest line of a text file, in bytes
 * @param maxColumns           the most fields a CSV record may have
 * @param maxCellChars         the longest cell of a sheet, in characters (Excel's own limit is 32,767)
 */
public record InputLimits(long maxUncompressedBytes, long maxLineBytes, int maxColumns, int maxCellChars) {

    public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 256L << 20;
    public static final long DEFAULT_MAX_LINE_BYTES = 1L << 20;
    public static final int DEFAULT_MAX_COLUMNS = 5_000;
    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;

    public static final InputLimits DEFAULTS = new InputLimits(DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_MAX_LINE_BYTES,
            DEFAULT_MAX_COLUMNS, DEFAULT_MAX_CELL_CHARS);

    /** The limits as configured: system properties first, then the environment, then the defaults. */
    public static InputLimits configured() {
        return new InputLimits(setting("input-max-uncompressed-bytes", DEFAULT_MAX_UNCOMPRESSED_BYTES),
                setting("input-max-line-bytes", DEFAULT_MAX_LINE_BYTES),
                (int) setting("input-max-columns", DEFAULT_MAX_COLUMNS),
                (int) setting("input-max-cell-chars", DEFAULT_MAX_CELL_CHARS));
    }

    /**
     * Whether a symbolic link in the input folder may point outside it (setting {@code renkei.input-follow-links-out},
     * off by default): a site that keeps its downloads on another disk and links them in says so once; otherwise a
     * link out is never read nor quoted, since it could name any file the load's user can read.
     */
    public static boolean followsLinksOut() {
        return Boolean.parseBoolean(raw("input-follow-links-out").strip());
    }

    private static String raw(String name) {
        String value = System.getProperty("renkei." + name);
        if (value == null) {
            value = System.getenv("RENKEI_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        return value == null ? "" : value;
    }

    private static long setting(String name, long fallback) {
        String value = raw(name);
        if (value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputFileException(InputProblem.ofFile("renkei." + name, "not a number", value, "a whole number"));
        }
    }

    /** Counts lines and fields of a text file's bytes as they stream past; fails at the first limit passed. */
    final class TextScan {

        private final String file;
        private long line = 1;
        private long lineBytes;
        private int fields = 1;
        private boolean quoted;

        TextScan(String file) {
            this.file = file;
        }

        /**
         * Takes the next bytes. A quote or comma byte is never part of a multi-byte CP932 or UTF-8 character, so
         * fields are counted on the bytes: a comma inside quotes does not start one, a line break inside quotes
         * ends the line but not the record.
         */
        void accept(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    line++;
                    lineBytes = 0;
                    if (!quoted) {
                        fields = 1;
                    }
                    continue;
                }
                if (++lineBytes > maxLineBytes) {
                    throw new InputFileException(InputProblem.at(file, (int) Math.min(line, Integer.MAX_VALUE), null,
                            "line too long", String.format("a line of more than %,d bytes", maxLineBytes),
                            String.format("lines of at most %,d bytes (setting renkei.input-max-line-bytes)", maxLineBytes)));
                }
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == ',' && !quoted && ++fields > maxColumns) {
                    throw new InputFileException(InputProblem.at(file, (int) Math.min(line, Integer.MAX_VALUE), null,
                            "too many columns", String.format("more than %,d columns", maxColumns),
                            String.format("at most %,d columns (setting renkei.input-max-columns)", maxColumns)));
                }
            }
        }
    }

    TextScan textScan(String file) {
        return new TextScan(file);
    }

    /**
     * Checks an .xlsx workbook by its zip directory: the sizes its parts inflate to, before any is inflated. A
     * file that is no zip is left to the reader, which says what it is.
     */
    void checkWorkbook(String file, Path path) {
        long total = 0;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                // an unknown size is taken at the highest ratio deflate reaches (about 1,032:1)
                total += entry.getSize() >= 0 ? entry.getSize() : Math.max(entry.getCompressedSize(), 0) * 1032;
                if (total > maxUncompressedBytes) {
                    throw new InputFileException(InputProblem.ofFile(file, "workbook too large once uncompressed",
                            String.format("more than %,d bytes inflated (part %s alone: %,d bytes)", maxUncompressedBytes,
                                    entry.getName(), entry.getSize()),
                            String.format("at most %,d bytes uncompressed (setting renkei.input-max-uncompressed-bytes)",
                                    maxUncompressedBytes)));
                }
            }
        } catch (IOException notAZip) {
            // the reader reports what the file is
        }
    }

    /** Checks a sheet row's width as a reader found it. */
    public void checkColumns(String file, int row, int columns) {
        if (columns > maxColumns) {
            throw new InputFileException(InputProblem.at(file, row, null, "too many columns",
                    String.format("%,d columns", columns),
                    String.format("at most %,d columns (setting renkei.input-max-columns)", maxColumns)));
        }
    }

    /** Checks a sheet's cell as a reader found it. */
    public void checkCell(String file, int row, String column, String cell) {
        if (cell != null && cell.length() > maxCellChars) {
            throw new InputFileException(InputProblem.at(file, row, column, "cell too long", cell,
                    String.format("cells of at most %,d characters (setting renkei.input-max-cell-chars)", maxCellChars)));
        }
    }
}
