package jp.renkei.load;

import java.sql.SQLException;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;

/** How one kind of row is appended to its staging table, column by column in the table's order. */
public interface RowFormat<T> {

    org.jooq.Table<?> stagingTable();

    void append(StagingAppender appender, T row, String loadId) throws SQLException;

    /** The period the row refers to, so that dim_period knows it. */
    Optional<PeriodLabel> period(T row);

    /** Adds what the rows refer to and no earlier step wrote (an uncatalogued indicator), in the chunk's transaction. */
    default void addDimensions(org.jooq.DSLContext dsl, java.util.List<T> rows, String loadId) {
    }

    /** The keys of the rows {@link #addDimensions} may add for these rows, so that a chunk adding none can say so. */
    default java.util.Set<String> dimensionKeys(java.util.List<T> rows) {
        return java.util.Set.of();
    }
}
