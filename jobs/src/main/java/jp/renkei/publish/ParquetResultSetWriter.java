package jp.renkei.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Streams a JDBC result set (a DuckDB query) into one Parquet file, without Hadoop at run time:
 * {@link LocalOutputFile} instead of a Hadoop file system, {@link PlainParquetConfiguration} instead
 * of a Hadoop {@code Configuration}, and {@link HadoopFreeCodecFactory} instead of Hadoop codecs.
 * Rows are read and written one at a time, so memory is bounded by the row group, not the table.
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

        public static Settings defaults() {
            return new Settings(CompressionCodecName.ZSTD, HadoopFreeCodecFactory.DEFAULT_ZSTD_LEVEL,
                    128L * 1024 * 1024, 1024 * 1024);
        }
    }

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
        return write(java.util.List.of(rows).iterator()::next, 1, file);
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
        try (ParquetWriter<ResultSet> writer = new Builder(new LocalOutputFile(file), new ResultSetWriteSupport(schema))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new HadoopFreeCodecFactory(settings.zstdLevel()))
                .withCompressionCodec(settings.codec())
                .withRowGroupSize(settings.rowGroupSize())
                .withPageSize(settings.pageSize())
                .withDictionaryPageSize(settings.pageSize())
                .withDictionaryEncoding(true)
                .build()) {
            for (int slice = 0; slice < sliceCount; slice++) {
                if (slice > 0) {
                    rows = slices.next();
                }
                while (rows.next()) {
                    writer.write(rows);
                    count++;
                }
            }
        } catch (ResultSetWriteSupport.RowReadException e) {
            throw e.getCause();
        }
        // a published file must survive a power cut once the publisher has renamed it into place
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return new ParquetFileSummary(file, count, schema.columns());
    }

    private static final class Builder extends ParquetWriter.Builder<ResultSet, Builder> {

        private final ResultSetWriteSupport writeSupport;

        Builder(OutputFile file, ResultSetWriteSupport writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Required by the abstract builder; not called when built with a ParquetConfiguration. */
        @Override
        protected WriteSupport<ResultSet> getWriteSupport(Configuration conf) {
            return writeSupport;
        }

        @Override
        protected WriteSupport<ResultSet> getWriteSupport(ParquetConfiguration conf) {
            return writeSupport;
        }
    }
}
