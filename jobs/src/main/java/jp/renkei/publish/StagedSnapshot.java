package jp.renkei.publish;

import static jp.renkei.publish.SnapshotPublisher.MANIFEST;
import static jp.renkei.publish.SnapshotPublisher.PARQUET_DIR;
import static jp.renkei.publish.SnapshotPublisher.SUCCESS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A snapshot written aside under {@link Switchover#stagingRoot}: the day's partition of every table, its manifest
 * and {@code _SUCCESS}, not yet visible to readers. {@link #switchOver} makes it visible.
 */
public record StagedSnapshot(Path dir, String partition, List<String> tables, SnapshotResult result) {

    /**
     * Adds the snapshot's paths to {@code switchover} in the order readers need: the old {@code _SUCCESS} goes first
     * (no marker while data and manifest disagree), then the partitions, then whatever {@code between} adds (the
     * warehouse, other published artefacts), then the manifest and {@code _SUCCESS}; and runs it.
     */
    public void switchOver(Switchover switchover, Consumer<Switchover> between) throws IOException {
        switchover.remove(PARQUET_DIR + "/" + SUCCESS);
        for (String table : tables) {
            switchover.replace(PARQUET_DIR + "/" + table + "/" + partition, dir.resolve(table).resolve(partition));
        }
        between.accept(switchover);
        switchover.replace(PARQUET_DIR + "/" + MANIFEST, dir.resolve(MANIFEST));
        switchover.replace(PARQUET_DIR + "/" + SUCCESS, dir.resolve(SUCCESS));
        switchover.run();
    }
}
