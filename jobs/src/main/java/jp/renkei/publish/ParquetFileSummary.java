package jp.renkei.publish;

import java.nio.file.Path;
import java.util.List;

/** What {@link ParquetResultSetWriter} wrote: the file, its row count and its schema. */
public record ParquetFileSummary(Path file, long rowCount, List<ParquetColumn> columns) {

    public ParquetFileSummary {
        columns = List.copyOf(columns);
    }
}
