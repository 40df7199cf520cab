package jp.renkei.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one day's partition of a partitioned table ({@link Partitioning}) as one file per part,
 * {@code <table>/snapshot_date=…/part-<key>.parquet}: a part whose fingerprint is the one the last snapshot
 * published is linked to that file, every other part is written. Readers see the day's folder as one table.
 */
final class PartitionedTableWriter {

    private final ParquetResultSetWriter writer;

    PartitionedTableWriter(ParquetResultSetWriter writer) {
        this.writer = writer;
    }

    WrittenTable write(Connection connection, Path root, Path staging, String table, String partition,
            String sql, PartPlan plan, SnapshotManifest.Table previous) throws IOException, SQLException {
        long start = System.nanoTime();
        Path dir = Files.createDirectories(staging.resolve(table).resolve(partition));
        String folder = table + "/" + partition;
        if (plan.parts().isEmpty()) {
            // no part at all: one file of no rows keeps the table and its columns readable
            ParquetFileSummary summary = write(connection, List.of(sql), dir.resolve(SnapshotPublisher.PART_FILE));
            return new WrittenTable(new SnapshotManifest.Table(table, folder, summary.rowCount(),
                    summary.columns(), plan.fingerprint()), "written, no parts", WrittenTable.seconds(start));
        }
        Map<String, SnapshotManifest.Part> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.parts().forEach(p -> before.put(p.key(), p));
        }
        List<SnapshotManifest.Part> parts = new ArrayList<>();
        List<ParquetColumn> columns = null;
        long rows = 0;
        int reused = 0;
        for (PartPlan.Planned part : plan.parts()) {
            String path = folder + "/" + part.file();
            SnapshotManifest.Part old = before.get(part.key());
            long count;
            if (old != null && old.sourceFingerprint().equals(part.fingerprint()) && Files.isRegularFile(root.resolve(old.path()))) {
                WrittenTable.reuse(root.resolve(old.path()), dir.resolve(part.file()));
                count = old.rowCount();
                reused++;
            } else {
                ParquetFileSummary summary = write(connection,
                        QuerySlices.slices(sql, plan.partitioning().filterColumn(), part.values()), dir.resolve(part.file()));
                count = summary.rowCount();
                columns = summary.columns();
            }
            parts.add(new SnapshotManifest.Part(part.key(), path, count, part.fingerprint()));
            rows += count;
        }
        if (columns == null) {
            columns = previous.columns(); // every part reused: its columns are the last snapshot's
        }
        if (reused == 0) {
            long expected = QuerySlices.rowCount(connection, sql);
            if (rows != expected) {
                throw new IllegalStateException(table + ": wrote " + rows + " rows but the table has " + expected
                        + " (do the parts cover every row?)");
            }
        }
        String how = reused == parts.size() ? "unchanged since the last snapshot, " + parts.size() + (parts.size() == 1 ? " file" : " files") + " reused"
                : "written: " + (parts.size() - reused) + " of " + parts.size() + " parts, " + reused + " unchanged and reused";
        return new WrittenTable(new SnapshotManifest.Table(table, folder, rows, columns, plan.fingerprint(), parts),
                how, WrittenTable.seconds(start));
    }

    private ParquetFileSummary write(Connection connection, List<String> slices, Path file) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            Iterator<String> remaining = slices.iterator();
            return writer.write(() -> statement.executeQuery(remaining.next()), slices.size(), file);
        }
    }
}
