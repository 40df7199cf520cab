package jp.renkei.publish;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * What a snapshot published: its date, the rows per table in publishing order, and how many tables had the
 * same rows as the snapshot before (linked, not written again).
 */
public record SnapshotResult(LocalDate snapshotDate, SequencedMap<String, Long> rowCounts, int unchangedTables) {

    public SnapshotResult {
        rowCounts = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(rowCounts));
    }

    public boolean nothingChanged() {
        return unchangedTables == rowCounts.size();
    }
}
