package jp.renkei.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small input files the three ways they arrive: UTF-8, UTF-8 with BOM (Excel), CP932 (Excel). */
public final class TestFiles {

    /** The real reference files, read in place (surefire runs in the project directory). */
    public static final Path REFERENCE = Path.of("../shared/data/reference");

    private TestFiles() {
    }

    public static Path utf8(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path utf8Bom(Path dir, String name, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return write(dir, name, bytes);
    }

    /** CP932 with CRLF, as Excel's "CSV (コンマ区切り)" writes it. */
    public static Path cp932(Path dir, String name, String text) {
        return write(dir, name, text.replace("\n", "\r\n").getBytes(TextDecoder.CP932));
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
