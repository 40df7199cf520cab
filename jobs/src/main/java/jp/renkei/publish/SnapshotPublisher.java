package jp.renkei.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.renkei.config.Json;

/**
 * Publishes one day's snapshot of warehouse tables as Hive-partitioned Parquet:
 * {@code <output>/parquet/<table>/snapshot_date=YYYY-MM-DD/part-00000.parquet}, then
 * {@code _manifest.json} and last {@code _SUCCESS}.
 *
 * <p>Three parts: {@link SnapshotPlan} fingerprints what each table is computed from; {@link TableWorkers} writes
 * the tables ({@link SingleFileTableWriter}, {@link PartitionedTableWriter}), linking what did not change; and
 * {@link StagedSnapshot#switchOver} makes them visible. All files are first written under
 * {@code output/.publish/staged/parquet} ({@link #stage}), a hidden folder that readers' globs never see, on the same file system so that the switch-over is renames. {@link Switchover}
 * then moves the old partitions of that day aside and the new ones in, with whatever else is published with
 * them (the warehouse), recording each step in its journal: a failure, or a kill found at the next start, puts
 * the previous files back. A partition of the same day that already exists is replaced whole, never merged.
 */
public final class SnapshotPublisher {

    public static final String PARQUET_DIR = "parquet";
    public static final String MANIFEST = "_manifest.json";
    public static final String SUCCESS = "_SUCCESS";
    public static final String PART_FILE = "part-00000.parquet";
    /** Where snapshots were staged before the switch-over journal: removed when found. */
    static final String STAGING_PREFIX = ".staging-";

    /** Table names become directory names: no separators, no leading '.' or '_' (readers skip those). */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final ParquetResultSetWriter writer;
    private final Clock clock;
    private final int parallelism;

    public SnapshotPublisher() {
        this(new ParquetResultSetWriter(), Clock.systemUTC(), 1);
    }

    /** @param parallelism tables written at once, each on a connection of its own (a file is written by one thread) */
    public SnapshotPublisher(int parallelism) {
        this(new ParquetResultSetWriter(), Clock.systemUTC(), parallelism);
    }

    public SnapshotPublisher(ParquetResultSetWriter writer, Clock clock) {
        this(writer, clock, 1);
    }

    public SnapshotPublisher(ParquetResultSetWriter writer, Clock clock, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.writer = writer;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    /**
     * Runs each query on {@code connection} and publishes its result as table {@code name}.
     *
     * @param outputDir    the output directory; Parquet goes under {@code outputDir/parquet}
     * @param snapshotDate the partition value
     * @param connection   where the queries run
     * @param queries      table name to SQL query, in publishing order
     * @param inputFiles   files the warehouse was loaded from, for the manifest
     */
    public SnapshotResult publish(Path outputDir, LocalDate snapshotDate, Connection connection,
            SequencedMap<String, String> queries, List<ManifestInputFile> inputFiles) throws IOException, SQLException {
        return publish(outputDir, snapshotDate, connection, queries, Map.of(), inputFiles);
    }

    /**
     * How a large table is read in slices: the column to slice on and a query listing its values. Each slice
     * reads {@link QuerySlices#KEYS_PER_SLICE} values' rows, so that no result is held whole in memory.
     */
    public record Slicing(String column, String keysQuery) {
    }


    /** As above; tables named in {@code slicing} are read in slices. Publishes at once (its own switch-over). */
    public SnapshotResult publish(Path outputDir, LocalDate snapshotDate, Connection connection,
            SequencedMap<String, String> queries, Map<String, Slicing> slicing, List<ManifestInputFile> inputFiles)
            throws IOException, SQLException {
        Switchover.recover(outputDir);
        try {
            StagedSnapshot staged = stage(outputDir, snapshotDate, connection, queries, slicing, Map.of(), inputFiles,
                    SnapshotManifest.Origin.NONE);
            staged.switchOver(new Switchover(outputDir), s -> { });
            return staged.result();
        } finally {
            Switchover.recover(outputDir); // committed or rolled back: only what was staged is left to remove
        }
    }

    /**
     * Writes every table's partition, the manifest and the marker under {@code outputDir/.publish/staged/parquet};
     * nothing published changes.
     *
     * @param partitioning tables written as one file per part, each reused when its own sources did not change
     * @param origin the load this snapshot comes from, recorded in the manifest
     */
    public StagedSnapshot stage(Path outputDir, LocalDate snapshotDate, Connection connection,
            SequencedMap<String, String> queries, Map<String, Slicing> slicing, Map<String, Partitioning> partitioning,
            List<ManifestInputFile> inputFiles, SnapshotManifest.Origin origin) throws IOException, SQLException {
        queries.keySet().forEach(SnapshotPublisher::checkTableName);
        Path root = outputDir.resolve(PARQUET_DIR);
        Files.createDirectories(root);
        removeLeftoverStaging(root);
        Path staging = Switchover.stagingRoot(outputDir).resolve(PARQUET_DIR);
        AtomicFiles.deleteRecursively(staging);
        Files.createDirectories(staging);
        String partition = "snapshot_date=" + snapshotDate;
        try {
            SnapshotManifest last = previousManifest(root);
            Map<String, SnapshotManifest.Table> previous = new LinkedHashMap<>();
            if (last != null) {
                last.tables().forEach(t -> previous.put(t.name(), t));
            }
            SnapshotPlan plan = SnapshotPlan.of(connection, queries, partitioning);
            PartitionedTableWriter partitioned = new PartitionedTableWriter(writer);
            SingleFileTableWriter single = new SingleFileTableWriter(writer);
            List<SnapshotManifest.Table> tables = new TableWorkers(parallelism).writeTables(connection, queries,
                    table -> plan.parts().containsKey(table.name())
                            ? partitioned.write(table.connection(), root, staging, table.name(), partition, table.sql(),
                                    plan.parts().get(table.name()), previous.get(table.name()))
                            : single.write(table.connection(), root, staging, table.name(), partition, table.sql(),
                                    slicing.get(table.name()), previous.get(table.name()), plan.fingerprints().get(table.name())));
            SnapshotManifest manifest = new SnapshotManifest(snapshotDate.toString(), clock.instant().toString(),
                    tables, inputFiles, origin.loadId(), origin.inputFingerprint());
            AtomicFiles.write(staging.resolve(MANIFEST), Json.pretty(manifest).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(staging.resolve(SUCCESS), new byte[0]);
            SequencedMap<String, Long> counts = new LinkedHashMap<>();
            tables.forEach(t -> counts.put(t.name(), t.rowCount()));
            int unchanged = (int) tables.stream().filter(t -> previous.containsKey(t.name())
                    && t.sourceFingerprint().equals(previous.get(t.name()).sourceFingerprint())).count();
            return new StagedSnapshot(staging, partition, List.copyOf(queries.keySet()), new SnapshotResult(snapshotDate, counts, unchanged));
        } catch (IOException | SQLException | RuntimeException e) {
            AtomicFiles.deleteRecursively(staging); // nothing half-written is left for the next start
            throw e;
        }
    }

    /** Which load the published snapshot came from; {@link SnapshotManifest.Origin#NONE} when none is published. */
    public static SnapshotManifest.Origin publishedOrigin(Path outputDir) {
        SnapshotManifest manifest = previousManifest(outputDir.resolve(PARQUET_DIR));
        return manifest == null ? SnapshotManifest.Origin.NONE
                : new SnapshotManifest.Origin(manifest.loadId(), manifest.inputFingerprint());
    }

    /**
     * Rows per table of the snapshot now published, from its manifest; empty when none is published.
     *
     * @throws UnreadableManifestException when a snapshot is published but its manifest cannot be read: the row-drop
     *                                     check must not pass for want of the counts it compares with
     */
    public static Map<String, Long> publishedRowCounts(Path outputDir) {
        SnapshotManifest manifest = publishedManifest(outputDir.resolve(PARQUET_DIR));
        return manifest == null ? Map.of() : manifest.tables().stream()
                .collect(Collectors.toMap(SnapshotManifest.Table::name, SnapshotManifest.Table::rowCount));
    }

    /** The published snapshot's manifest exists but is not one renkei can read. */
    public static final class UnreadableManifestException extends RuntimeException {
        UnreadableManifestException(Path manifest, RuntimeException cause) {
            super("the published snapshot's " + manifest + " cannot be read (" + firstLine(cause.getMessage())
                    + "): the row counts the row-drop check compares with are in it. Restore it from a backup, or move "
                    + manifest.getParent() + " aside to publish without that comparison", cause);
        }

        private static String firstLine(String message) {
            return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        }
    }

    /** The newest published snapshot date, or null. */
    public static LocalDate newestSnapshotDate(Path outputDir) {
        SnapshotManifest manifest = previousManifest(outputDir.resolve(PARQUET_DIR));
        return manifest == null ? null : LocalDate.parse(manifest.snapshotDate());
    }

    /** The manifest of the snapshot now published; null when there is none or it is unreadable. */
    private static SnapshotManifest previousManifest(Path root) {
        try {
            return publishedManifest(root);
        } catch (UnreadableManifestException e) {
            return null; // an older or damaged manifest: write everything
        }
    }

    /** The manifest of the snapshot now published; null when there is none. */
    private static SnapshotManifest publishedManifest(Path root) {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(root.resolve(SUCCESS))) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(manifest.toFile(), SnapshotManifest.class);
        } catch (RuntimeException e) {
            throw new UnreadableManifestException(manifest, e);
        }
    }

    private static void checkTableName(String name) {
        if (!TABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a publishable table name: '" + name + "'");
        }
    }

    private static void removeLeftoverStaging(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path leftover : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                AtomicFiles.deleteRecursively(leftover);
            }
        }
    }
}
