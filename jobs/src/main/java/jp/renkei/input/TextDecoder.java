package jp.renkei.input;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a text file the way Japanese office files arrive: UTF-8 with a BOM, UTF-8 without one, or
 * CP932 from Excel's "CSV (コンマ区切り)". CP932 is decoded as {@code windows-31j}, not Shift_JIS (they
 * differ on ～ and others). Both decoders are strict: a byte sequence that is valid in neither is an
 * error, never a replacement character.
 */
public final class TextDecoder {

    /** Charset of CP932 files as Excel writes them. */
    public static final Charset CP932 = Charset.forName("windows-31j");

    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** The decoded text and the encoding it was read with. */
    public record DecodedText(String text, String encoding) {
    }

    /**
     * What a file's bytes were found to be: the charset, where the text starts (after a BOM) and the encoding's
     * name as messages and lineage give it. Found without decoding the file into memory, so that a large
     * response file costs its bytes and no more.
     */
    public record Detected(Charset charset, int offset, String encoding) {
    }

    private TextDecoder() {
    }

    public static DecodedText decode(String file, byte[] bytes) {
        Detected d = detect(file, bytes);
        // the bytes are known to be valid in the charset: the lenient constructor decodes them as strictly
        return new DecodedText(new String(bytes, d.offset(), bytes.length - d.offset(), d.charset()), d.encoding());
    }

    /** The text of {@code bytes}, found by {@link #detect}, read as it is needed. */
    public static Reader reader(byte[] bytes, Detected detected) {
        return new InputStreamReader(new ByteArrayInputStream(bytes, detected.offset(), bytes.length - detected.offset()),
                detected.charset());
    }

    /** The text of the file at {@code path}, found by {@link #detect(String, Path)}, read from disk as it is needed. */
    public static Reader reader(Path path, Detected detected) throws IOException {
        InputStream in = Files.newInputStream(path);
        try {
            in.skipNBytes(detected.offset());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, detected.charset()), 1 << 16);
    }

    /**
     * {@link #detect(String, byte[])} of a file read from disk a buffer at a time, so that a large file is never
     * held whole. A file that decodes in neither encoding is then read whole once, for the same message.
     */
    public static Detected detect(String file, Path path, byte[] head) throws IOException {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            if (decodes(StandardCharsets.UTF_8, path, 3)) {
                return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 with BOM");
            }
        } else if (!looksLikeUtf16(head)) {
            if (decodes(StandardCharsets.UTF_8, path, 0)) {
                return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
            }
            if (decodes(CP932, path, 0)) {
                return new Detected(CP932, 0, "windows-31j");
            }
        }
        return detect(file, Files.readAllBytes(path)); // throws, naming the line and bytes
    }

    /** Whether the whole file from {@code offset} decodes strictly in {@code cs}, a buffer at a time. */
    private static boolean decodes(Charset cs, Path path, long offset) throws IOException {
        CharsetDecoder decoder = decoder(cs);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(path)) {
            stream.skipNBytes(offset);
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                while (true) {
                    CoderResult result = decoder.decode(in, out, end);
                    if (result.isError()) {
                        return false;
                    }
                    out.clear();
                    if (result.isUnderflow()) {
                        break;
                    }
                }
                in.compact();
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out.clear();
        }
        return true;
    }

    /**
     * Which encoding the bytes are in, checked strictly over the whole file.
     *
     * @throws InputFileException when they are UTF-16, or valid in neither UTF-8 nor CP932 (naming the line and
     *                            bytes of the first undecodable sequence)
     */
    public static Detected detect(String file, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            strict(file, StandardCharsets.UTF_8, bytes, 3, "UTF-8 (it starts with a UTF-8 BOM)");
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 with BOM");
        }
        if (looksLikeUtf16(bytes)) {
            throw new InputFileException(InputProblem.ofFile(file, "unsupported encoding",
                    "UTF-16 text (a UTF-16 byte-order mark or NUL bytes)", "UTF-8 or CP932 (windows-31j) text"));
        }
        if (firstError(StandardCharsets.UTF_8, bytes, 0) == null) {
            return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
        }
        try {
            strict(file, CP932, bytes, 0, "UTF-8 or CP932 (windows-31j) text");
            return new Detected(CP932, 0, "windows-31j");
        } catch (InputFileException e) {
            if (firstError(EUC_JP, bytes, 0) != null) {
                throw e;
            }
            // Neither UTF-8 nor CP932, but valid EUC-JP (a Unix tool's or an old web system's default): say so.
            InputProblem p = e.problem();
            throw new InputFileException(new InputProblem(file, p.row(), null, "unsupported encoding",
                    "text that decodes as EUC-JP (" + p.found() + " are not CP932)",
                    "UTF-8 or CP932 (windows-31j) text: save it from Excel as CSV UTF-8 or CSV (コンマ区切り)"));
        }
    }

    /** True when the bytes start with a UTF-16 byte-order mark (Excel's "Unicode テキスト" does). */
    static boolean startsWithUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static boolean looksLikeUtf16(byte[] b) {
        if (startsWithUtf16Bom(b)) {
            return true;
        }
        int n = Math.min(b.length, 4096);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** A sequence the charset cannot decode: its byte offset and length. */
    private record Undecodable(int at, int length) {
    }

    /** The first undecodable sequence, or null: decoded a buffer at a time into a buffer that is thrown away. */
    private static Undecodable firstError(Charset cs, byte[] bytes, int offset) {
        CharsetDecoder decoder = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return new Undecodable(in.position(), result.length());
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out.clear();
        }
        return null;
    }

    private static void strict(String file, Charset cs, byte[] bytes, int offset, String expected) {
        Undecodable error = firstError(cs, bytes, offset);
        if (error == null) {
            return;
        }
        int line = 1;
        for (int i = 0; i < error.at(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = error.at(); i < Math.min(bytes.length, error.at() + error.length()); i++) {
            hex.append(String.format("%02X", bytes[i] & 0xFF));
        }
        throw new InputFileException(new InputProblem(file, line, null, "cannot decode as " + cs.name(),
                "the bytes 0x" + hex + " at byte offset " + error.at(), expected));
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
