package jp.renkei.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes the result set's current row straight into parquet-java's {@link RecordConsumer}: no
 * intermediate record objects (the example Group API costs an object per cell).
 *
 * <p>The Hadoop-typed {@link #init(Configuration)} must exist because it is abstract; it is never
 * called, because the writer is built with a {@link ParquetConfiguration}, and so
 * {@code Configuration} is never loaded.
 */
final class ResultSetWriteSupport extends WriteSupport<ResultSet> {

    private final ResultSetSchema schema;
    private final List<ColumnWriter> writers;
    private RecordConsumer consumer;

    ResultSetWriteSupport(ResultSetSchema schema) {
        this.schema = schema;
        this.writers = schema.writers();
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return context();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return context();
    }

    private WriteContext context() {
        return new WriteContext(schema.messageType(), Map.of());
    }

    @Override
    public String getName() {
        return "renkei";
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(ResultSet row) {
        consumer.startMessage();
        try {
            for (ColumnWriter writer : writers) {
                writer.write(row, consumer);
            }
        } catch (SQLException e) {
            throw new RowReadException(e);
        }
        consumer.endMessage();
    }

    /** Carries a JDBC failure through parquet-java's {@code write}, which declares only IOException. */
    static final class RowReadException extends RuntimeException {
        RowReadException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
