package jp.renkei.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Copies one column of the current row into the record being written. Writes nothing for SQL NULL:
 * every column is optional, and an absent field is how Parquet records a null.
 */
@FunctionalInterface
interface ColumnWriter {

    void write(ResultSet row, RecordConsumer record) throws SQLException;
}
