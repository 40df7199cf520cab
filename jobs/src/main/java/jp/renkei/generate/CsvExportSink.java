package jp.renkei.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.input.TextDecoder;

/**
 * A 時系列 export as Excel's "CSV (コンマ区切り)" saves a real download: CP932, CRLF, no quotes (no cell holds a
 * comma); column A is empty below row 1, so every later row starts with an empty field, and row 1 is padded with
 * empty fields to the width of the others as Excel pads every row to the widest. The encoder refuses an
 * unmappable character instead of writing '?' in its place.
 */
final class CsvExportSink implements ExportSink {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    CsvExportSink(Path file) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                TextDecoder.CP932.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    @Override
    public void header(String outputDateLine, List<String> labels) throws IOException {
        line.setLength(0);
        line.append(outputDateLine);
        line.append(",".repeat(labels.size()));
        line.append("\r\n");
        line.append(',').append(String.join(",", labels)).append("\r\n");
        out.append(line);
    }

    @Override
    public void row(String region, String series, String unit, long[] cells, int decimals) throws IOException {
        line.setLength(0);
        line.append(',').append(region).append(',').append(series).append(',').append(unit);
        for (long cell : cells) {
            line.append(',');
            CellText.append(line, cell, decimals);
        }
        line.append("\r\n");
        out.append(line);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
