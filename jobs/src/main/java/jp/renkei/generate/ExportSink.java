package jp.renkei.generate;

import java.io.IOException;
import java.util.List;

/**
 * Where the rows of one 時系列 export go: a CP932 CSV or an .xlsx workbook. Row 1 is the 出力日 line,
 * row 2 the header, then one row per region and series.
 */
interface ExportSink extends AutoCloseable {

    void header(String outputDateLine, List<String> labels) throws IOException;

    /** One data row; {@code cells} are scaled by 10^decimals, negative for a missing value. */
    void row(String region, String series, String unit, long[] cells, int decimals) throws IOException;

    /** Finishes the file; after it the file is complete on disk. */
    @Override
    void close() throws IOException;
}
