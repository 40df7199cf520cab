package jp.renkei.publish;

import static jp.renkei.publish.SnapshotPublisher.PART_FILE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes one day's partition of a table as one file ({@code part-00000.parquet}), or links the last snapshot's file
 * when the table's sources have the fingerprint they had then.
 */
final class SingleFileTableWriter {

    private final ParquetResultSetWriter writer;

    SingleFileTableWriter(ParquetResultSetWriter writer) {
        this.writer = writer;
    }

    WrittenTable write(Connection connection, Path root, Path staging, String table,
            String partition, String sql, SnapshotPublisher.Slicing slicing, SnapshotManifest.Table previous, String fingerprint)
            throws IOException, SQLException {
        long start = System.nanoTime();
        Path dir = Files.createDirectories(staging.resolve(table).resolve(partition));
        String path = table + "/" + partition + "/" + PART_FILE;
        if (previous != null && fingerprint.equals(previous.sourceFingerprint()) && Files.isRegularFile(root.resolve(previous.path()))) {
            // computed from the same rows as the last snapshot: a nightly re-run with nothing changed writes no Parquet again
            WrittenTable.reuse(root.resolve(previous.path()), dir.resolve(PART_FILE));
            return new WrittenTable(new SnapshotManifest.Table(table, path, previous.rowCount(), previous.columns(), fingerprint),
                    "unchanged since the last snapshot, file reused", WrittenTable.seconds(start));
        }
        List<String> slices = QuerySlices.slices(connection, sql, slicing);
        ParquetFileSummary summary;
        try (Statement statement = connection.createStatement()) {
            var remaining = slices.iterator();
            summary = writer.write(() -> statement.executeQuery(remaining.next()), slices.size(), dir.resolve(PART_FILE));
        }
        if (slicing != null) {
            long expected = QuerySlices.rowCount(connection, sql);
            if (summary.rowCount() != expected) {
                throw new IllegalStateException(table + ": wrote " + summary.rowCount() + " rows but the table has "
                        + expected + " (do the slices cover every row?)");
            }
        }
        return new WrittenTable(new SnapshotManifest.Table(table, path, summary.rowCount(), summary.columns(), fingerprint),
                "written", WrittenTable.seconds(start));
    }
}
