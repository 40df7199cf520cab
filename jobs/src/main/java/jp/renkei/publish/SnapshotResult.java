package jp.renkei.publish;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** What a snapshot published: its date and the rows per table, in publishing order. */
public record SnapshotResult(LocalDate snapshotDate, SequencedMap<String, Long> rowCounts) {

    public SnapshotResult {
        rowCounts = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(rowCounts));
    }
}
