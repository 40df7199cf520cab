package jp.renkei.publish;

import org.apache.arrow.vector.FieldVector;
import org.apache.parquet.column.ColumnWriter;

/**
 * Copies one column of an Arrow batch into its Parquet column, a whole batch at a time: the columnar
 * path, without parquet-java's record assembly (a start/end call per field and row).
 */
interface ColumnCopier {

    /** Reads this column from the next batch; called once per batch, before {@link #copy}. */
    void bind(FieldVector vector);

    /** Writes the batch's {@code rows} values; a null is a definition level below the maximum. */
    void copy(int rows, ColumnWriter out);
}
