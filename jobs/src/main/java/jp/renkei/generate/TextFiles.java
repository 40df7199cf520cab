package jp.renkei.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the text files the generator writes, in the encodings their real counterparts come in. */
final class TextFiles {

    private TextFiles() {
    }

    /** UTF-8 with a BOM, as Excel's "CSV UTF-8" and e-Stat's downloads are. */
    static Writer utf8WithBom(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return writer(out, StandardCharsets.UTF_8);
    }

    static Writer utf8(Path file) throws IOException {
        return writer(Files.newOutputStream(file), StandardCharsets.UTF_8);
    }

    /** CP932 (windows-31j), refusing an unmappable character rather than writing '?'. */
    static Writer cp932(Path file) throws IOException {
        return writer(Files.newOutputStream(file), jp.renkei.input.TextDecoder.CP932);
    }

    private static Writer writer(OutputStream out, Charset charset) {
        return new BufferedWriter(new OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }
}
