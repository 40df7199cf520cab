package jp.renkei.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes real test files: workbooks with fastexcel's writer, CSV in the encodings Excel saves. */
public final class SpreadsheetFiles {

    private SpreadsheetFiles() {
    }

    /** One sheet's rows; {@code null} leaves a cell (or, as a whole row, the row) unwritten. */
    public static Map<String, Object[][]> sheet(String name, Object[][] rows) {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put(name, rows);
        return sheets;
    }

    /**
     * Writes a workbook. Strings, Numbers (BigDecimal keeps its scale: 516.0 is stored as "516.0"), Booleans
     * and LocalDates (with a yyyy/mm/dd format, as Excel stores a date) are written as such.
     */
    public static byte[] xlsx(Map<String, Object[][]> sheets) {
        return xlsx(sheets, (name, ws) -> { });
    }

    /** The same, with {@code more} done to each sheet after its cells are written (hide it, merge cells). */
    public static byte[] xlsx(Map<String, Object[][]> sheets, java.util.function.BiConsumer<String, Worksheet> more) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "renkei-test", "1.0");
            for (Map.Entry<String, Object[][]> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                Object[][] rows = sheet.getValue();
                for (int r = 0; r < rows.length; r++) {
                    if (rows[r] == null) {
                        continue;
                    }
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        switch (v) {
                            case null -> { }
                            case String s -> ws.value(r, c, s);
                            case Number n -> ws.value(r, c, n);
                            case Boolean b -> ws.value(r, c, b);
                            case LocalDate d -> {
                                ws.value(r, c, d);
                                ws.style(r, c).format("yyyy/mm/dd").set();
                            }
                            default -> throw new IllegalArgumentException(v.getClass().toString());
                        }
                    }
                }
                more.accept(sheet.getKey(), ws);
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            return Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(String text, String encoding) {
        return switch (encoding) {
            case "UTF-8" -> text.getBytes(StandardCharsets.UTF_8);
            case "UTF-8 with BOM" -> {
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[body.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(body, 0, withBom, 3, body.length);
                yield withBom;
            }
            default -> text.getBytes(Charset.forName(encoding));
        };
    }

    /** A zip with the given entries (name → UTF-8 text). */
    public static byte[] zip(Map<String, String> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, String> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

}
