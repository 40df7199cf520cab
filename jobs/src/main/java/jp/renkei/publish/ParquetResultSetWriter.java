package jp.renkei.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.duckdb.DuckDBResultSet;

/**
 * Streams a DuckDB query result into one Parquet file, column by column, without Hadoop at run time.
 *
 * <p>The result is read as Arrow batches (DuckDB's C data export: no JDBC getter per cell) and each batch is
 * written a column at a time into parquet-java's column writers ({@link ParquetFileWriter},
 * {@link ColumnChunkPageWriteStore}), the same machinery {@code ParquetWriter} drives, minus its record
 * assembly: one call per value instead of a start, an add and an end per field and row. Pages, dictionaries,
 * statistics and column indexes are parquet-java's own. Files go through {@link LocalOutputFile} and
 * {@link HadoopFreeCodecFactory}, so no Hadoop class is loaded. Memory is bounded by one batch and one row group.
 */
public final class ParquetResultSetWriter {

    /**
     * @param codec        page compression
     * @param zstdLevel    level when codec is ZSTD
     * @param rowGroupSize target uncompressed bytes per row group: large groups read fastest in
     *                     DuckDB/Spark/Trino, and one task per group is their unit of parallelism
     * @param pageSize     target bytes per data page: the unit of compression and of page skipping
     */
    public record Settings(CompressionCodecName codec, int zstdLevel, long rowGroupSize, int pageSize) {

        /**
         * ZSTD at its default level, 1 MB pages, and row groups of 32 MB of encoded pages: about a million rows
         * of the national tables, large for readers, and what a writer holds in memory (two write side by side).
         */
        public static Settings defaults() {
            return new Settings(CompressionCodecName.ZSTD, HadoopFreeCodecFactory.DEFAULT_ZSTD_LEVEL,
                    32L * 1024 * 1024, 1024 * 1024);
        }
    }

    /**
     * Rows per Arrow batch that DuckDB hands over: large enough that per-batch costs vanish, small enough
     * (about 7 MB for the widest table) to stay far below the heap and DuckDB's own memory.
     */
    static final int BATCH_ROWS = 16_384;
    /** A ceiling on Arrow's accounting of the batch in flight, which is far below it. */
    private static final long ARROW_MEMORY_LIMIT = 1L << 30;

    private final Settings settings;

    public ParquetResultSetWriter() {
        this(Settings.defaults());
    }

    public ParquetResultSetWriter(Settings settings) {
        this.settings = settings;
    }

    /**
     * Writes every remaining row of {@code rows} to {@code file}, which must not exist yet, and
     * forces it to disk. Does not close the result set.
     */
    public ParquetFileSummary write(ResultSet rows, Path file) throws IOException, SQLException {
        return write(List.of(rows).iterator()::next, 1, file);
    }

    /** Source of the successive result sets of one file (slices of one table, with the same columns). */
    @FunctionalInterface
    public interface Slices {
        /** The next slice; the previous one may be closed now. */
        ResultSet next() throws SQLException;
    }

    /**
     * Writes {@code count} result sets one after another into one file: a national table read in bounded
     * slices, because the DuckDB driver holds a whole result in native memory.
     */
    public ParquetFileSummary write(Slices slices, int sliceCount, Path file) throws IOException, SQLException {
        ResultSet rows = slices.next();
        ResultSetSchema schema = ResultSetSchema.of(rows.getMetaData());
        long count = 0;
        try (BufferAllocator allocator = new RootAllocator(ARROW_MEMORY_LIMIT);
             ColumnarFile out = new ColumnarFile(file, schema)) {
            for (int slice = 0; slice < sliceCount; slice++) {
                if (slice > 0) {
                    rows = slices.next();
                }
                try (ArrowReader batches = (ArrowReader) rows.unwrap(DuckDBResultSet.class)
                        .arrowExportStream(allocator, BATCH_ROWS)) {
                    while (batches.loadNextBatch()) {
                        VectorSchemaRoot batch = batches.getVectorSchemaRoot();
                        out.write(batch);
                        count += batch.getRowCount();
                    }
                }
            }
        }
        // a published file must survive a power cut once the publisher has renamed it into place
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return new ParquetFileSummary(file, count, schema.columns());
    }

    /** One Parquet file being written: row group after row group, each filled a batch and a column at a time. */
    private final class ColumnarFile implements AutoCloseable {

        private final MessageType messageType;
        private final List<ColumnDescriptor> descriptors;
        private final List<ColumnCopier> copiers;
        private final ParquetProperties properties;
        private final BytesInputCompressor compressor;
        private final HadoopFreeCodecFactory codecs;
        private final ParquetFileWriter file;
        private ColumnChunkPageWriteStore pages;
        private ColumnWriteStore columns;
        private List<ColumnWriter> writers;
        private long rowsInGroup;
        private int rowGroups;

        ColumnarFile(Path path, ResultSetSchema schema) throws IOException {
            this.messageType = schema.messageType();
            this.descriptors = messageType.getColumns();
            this.copiers = schema.copiers();
            this.properties = ParquetProperties.builder()
                    .withPageSize(settings.pageSize())
                    .withDictionaryPageSize(settings.pageSize())
                    .withDictionaryEncoding(true)
                    .build();
            this.codecs = new HadoopFreeCodecFactory(settings.zstdLevel());
            this.compressor = codecs.getCompressor(settings.codec());
            this.file = new ParquetFileWriter(new LocalOutputFile(path), messageType, ParquetFileWriter.Mode.CREATE,
                    settings.rowGroupSize(), 0, null, properties);
            file.start();
            startRowGroup();
        }

        private void startRowGroup() {
            pages = ColumnChunkPageWriteStore.builder()
                    .withCompressorProvider(column -> compressor)
                    .withSchema(messageType)
                    .withAllocator(properties.getAllocator())
                    .withColumnIndexTruncateLength(properties.getColumnIndexTruncateLength())
                    .withPageWriteChecksumEnabled(properties.getPageWriteChecksumEnabled())
                    .withRowGroupOrdinal(rowGroups)
                    .build();
            columns = properties.newColumnWriteStore(messageType, pages, pages);
            writers = descriptors.stream().map(columns::getColumnWriter).toList();
        }

        void write(VectorSchemaRoot batch) throws IOException {
            int rows = batch.getRowCount();
            if (batch.getFieldVectors().size() != copiers.size()) {
                throw new IllegalStateException("an Arrow batch of " + batch.getFieldVectors().size()
                        + " columns for a schema of " + copiers.size());
            }
            for (int i = 0; i < copiers.size(); i++) {
                ColumnCopier copier = copiers.get(i);
                copier.bind(batch.getVector(i));
                copier.copy(rows, writers.get(i));
            }
            // the store counts rows to decide when pages are full: every column now holds these rows
            for (int row = 0; row < rows; row++) {
                columns.endRecord();
            }
            rowsInGroup += rows;
            if (columns.getBufferedSize() >= settings.rowGroupSize()) {
                flushRowGroup();
                startRowGroup();
            }
        }

        /** As parquet-java's own record writer does it: block, flushed columns, their pages, end of block. */
        private void flushRowGroup() throws IOException {
            try {
                if (rowsInGroup > 0) {
                    file.startBlock(rowsInGroup);
                    columns.flush();
                    pages.flushToFileWriter(file);
                    file.endBlock();
                    rowsInGroup = 0;
                    rowGroups++;
                }
            } finally {
                columns.close();
                pages.close();
            }
        }

        @Override
        public void close() throws IOException {
            try {
                flushRowGroup();
                file.end(Map.of("writer.model.name", "renkei"));
            } finally {
                codecs.release();
            }
        }
    }
}
