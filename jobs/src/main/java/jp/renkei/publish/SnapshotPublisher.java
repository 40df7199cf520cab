package jp.renkei.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes one day's snapshot of warehouse tables as Hive-partitioned Parquet:
 * {@code <output>/parquet/<table>/snapshot_date=YYYY-MM-DD/part-00000.parquet}, then
 * {@code _manifest.json} and last {@code _SUCCESS}.
 *
 * <p>All files are first written under {@code output/.publish/staged/parquet} ({@link #stage}), a hidden folder
 * that readers' globs never see, on the same file system so that the switch-over is renames. {@link Switchover}
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

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

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
            SequencedMap<String, String> queries, List<InputFile> inputFiles) throws IOException, SQLException {
        return publish(outputDir, snapshotDate, connection, queries, Map.of(), inputFiles);
    }

    /**
     * How a large table is read in slices: the column to slice on and a query listing its values. Each slice
     * reads {@link #KEYS_PER_SLICE} values' rows, so that no result is held whole in memory.
     */
    public record Slicing(String column, String keysQuery) {
    }

    /**
     * A slice's result is held whole in DuckDB's memory (the driver materialises it) while it is sorted and
     * exported, two at a time: at ten national indicators (about 150 MB each) two slices side by side now and
     * then ran out of a 512 MB limit; at five they stay far below it.
     */
    static final int KEYS_PER_SLICE = 5;

    /** As above; tables named in {@code slicing} are read in slices. Publishes at once (its own switch-over). */
    public SnapshotResult publish(Path outputDir, LocalDate snapshotDate, Connection connection,
            SequencedMap<String, String> queries, Map<String, Slicing> slicing, List<InputFile> inputFiles)
            throws IOException, SQLException {
        Switchover.recover(outputDir);
        try {
            Staged staged = stage(outputDir, snapshotDate, connection, queries, slicing, Map.of(), inputFiles,
                    SnapshotManifest.Origin.NONE);
            staged.switchOver(new Switchover(outputDir), s -> { });
            return staged.result();
        } finally {
            Switchover.recover(outputDir); // committed or rolled back: only what was staged is left to remove
        }
    }

    /**
     * A snapshot written aside under {@link Switchover#stagingRoot}: the day's partition of every table, its
     * manifest and {@code _SUCCESS}, not yet visible to readers.
     */
    public record Staged(Path dir, String partition, List<String> tables, SnapshotResult result) {

        /**
         * Adds the snapshot's paths to {@code switchover} in the order readers need: the old {@code _SUCCESS}
         * goes first (no marker while data and manifest disagree), then the partitions, then whatever
         * {@code between} adds (the warehouse, other published artefacts), then the manifest and {@code _SUCCESS}.
         */
        public void switchOver(Switchover switchover, java.util.function.Consumer<Switchover> between) throws IOException {
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

    /**
     * Writes every table's partition, the manifest and the marker under {@code outputDir/.publish/staged/parquet};
     * nothing published changes.
     *
     * @param partitioning tables written as one file per part, each reused when its own sources did not change
     * @param origin the load this snapshot comes from, recorded in the manifest
     */
    public Staged stage(Path outputDir, LocalDate snapshotDate, Connection connection,
            SequencedMap<String, String> queries, Map<String, Slicing> slicing, Map<String, Partitioning> partitioning,
            List<InputFile> inputFiles, SnapshotManifest.Origin origin) throws IOException, SQLException {
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
            SourceFingerprint sources = new SourceFingerprint(connection);
            Map<String, String> fingerprints = new LinkedHashMap<>();
            Map<String, PartPlan> plans = new LinkedHashMap<>();
            Map<Partitioning, PartPlan.Keys> keys = new LinkedHashMap<>();
            for (Map.Entry<String, String> query : queries.entrySet()) {
                Partitioning parts = partitioning.get(query.getKey());
                if (parts == null) {
                    fingerprints.put(query.getKey(), sources.of(query.getValue()));
                } else {
                    PartPlan.Keys partKeys = keys.get(parts);
                    if (partKeys == null) {
                        partKeys = PartPlan.Keys.of(connection, parts);
                        keys.put(parts, partKeys);
                    }
                    PartPlan plan = PartPlan.of(query.getValue(), parts, partKeys, sources);
                    plans.put(query.getKey(), plan);
                    fingerprints.put(query.getKey(), plan.fingerprint());
                }
            }
            List<SnapshotManifest.Table> tables = writeTables(connection, queries, table -> plans.containsKey(table.name())
                    ? partitionedWriter().write(table.connection(), root, staging, table.name(), partition, table.sql(),
                            plans.get(table.name()), previous.get(table.name()))
                    : writeTable(table.connection(), root, staging, table.name(), partition, table.sql(),
                            slicing.get(table.name()), previous.get(table.name()), fingerprints.get(table.name())));
            SnapshotManifest manifest = new SnapshotManifest(snapshotDate.toString(), clock.instant().toString(),
                    tables, inputFiles, origin.loadId(), origin.inputFingerprint());
            AtomicFiles.write(staging.resolve(MANIFEST), JSON.writeValueAsBytes(manifest));
            AtomicFiles.write(staging.resolve(SUCCESS), new byte[0]);
            SequencedMap<String, Long> counts = new LinkedHashMap<>();
            tables.forEach(t -> counts.put(t.name(), t.rowCount()));
            int unchanged = (int) tables.stream().filter(t -> previous.containsKey(t.name())
                    && t.sourceFingerprint().equals(previous.get(t.name()).sourceFingerprint())).count();
            return new Staged(staging, partition, List.copyOf(queries.keySet()), new SnapshotResult(snapshotDate, counts, unchanged));
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

    /** Rows per table of the snapshot now published, from its manifest; empty when none is published. */
    public static Map<String, Long> publishedRowCounts(Path outputDir) {
        SnapshotManifest manifest = previousManifest(outputDir.resolve(PARQUET_DIR));
        return manifest == null ? Map.of() : manifest.tables().stream()
                .collect(Collectors.toMap(SnapshotManifest.Table::name, SnapshotManifest.Table::rowCount));
    }

    /** The newest published snapshot date, or null. */
    public static LocalDate newestSnapshotDate(Path outputDir) {
        SnapshotManifest manifest = previousManifest(outputDir.resolve(PARQUET_DIR));
        return manifest == null ? null : LocalDate.parse(manifest.snapshotDate());
    }

    /** A table as published, and how: for the progress line, which the caller's thread logs. */
    record Written(SnapshotManifest.Table table, String how, String took) {
    }

    private PartitionedTableWriter partitionedWriter() {
        return new PartitionedTableWriter(writer);
    }

    /** Logged on the publishing thread, in table order, whichever worker finished first. */
    private static SnapshotManifest.Table logged(Written written) {
        log.info("snapshot {}: {} rows {} ({})", written.table().name(), String.format("%,d", written.table().rowCount()),
                written.how(), written.took());
        return written.table();
    }

    /** One table to write, with the connection its worker reads on. */
    private record TableJob(String name, String sql, Connection connection) {
    }

    @FunctionalInterface
    private interface TableWriter {
        Written write(TableJob job) throws IOException, SQLException;
    }

    /**
     * Writes the tables in their order, {@link #parallelism} at a time. A Parquet file is written by one thread,
     * so the two national-size tables on two cores take the time of the larger one. Each worker reads on its
     * own duplicate of {@code connection} (the same database; DuckDB runs their queries side by side).
     */
    private List<SnapshotManifest.Table> writeTables(Connection connection, SequencedMap<String, String> queries,
            TableWriter writeTable) throws IOException, SQLException {
        if (parallelism == 1 || queries.size() == 1) {
            List<SnapshotManifest.Table> tables = new ArrayList<>();
            for (Map.Entry<String, String> query : queries.entrySet()) {
                tables.add(logged(writeTable.write(new TableJob(query.getKey(), query.getValue(), connection))));
            }
            return tables;
        }
        DuckDBConnection duckdb = connection.unwrap(DuckDBConnection.class);
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallelism, queries.size()),
                Thread.ofPlatform().name("publish-", 1).daemon().factory());
        try {
            List<Future<Written>> futures = new ArrayList<>();
            for (Map.Entry<String, String> query : queries.entrySet()) {
                futures.add(workers.submit(() -> {
                    try (Connection own = duckdb.duplicate()) {
                        return writeTable.write(new TableJob(query.getKey(), query.getValue(), own));
                    }
                }));
            }
            List<SnapshotManifest.Table> tables = new ArrayList<>();
            for (Future<Written> future : futures) {
                tables.add(logged(result(future)));
            }
            return tables;
        } finally {
            workers.shutdownNow();
        }
    }

    /** A worker's table, or its failure as thrown: the first failure in table order is the one reported. */
    private static Written result(Future<Written> future) throws IOException, SQLException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case SQLException sql -> throw sql;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private Written writeTable(Connection connection, Path root, Path staging, String table,
            String partition, String sql, Slicing slicing, SnapshotManifest.Table previous, String fingerprint)
            throws IOException, SQLException {
        long start = System.nanoTime();
        Path dir = Files.createDirectories(staging.resolve(table).resolve(partition));
        String path = table + "/" + partition + "/" + PART_FILE;
        if (previous != null && fingerprint.equals(previous.sourceFingerprint()) && Files.isRegularFile(root.resolve(previous.path()))) {
            // computed from the same rows as the last snapshot: a nightly re-run with nothing changed writes no Parquet again
            reuse(root.resolve(previous.path()), dir.resolve(PART_FILE));
            return new Written(new SnapshotManifest.Table(table, path, previous.rowCount(), previous.columns(), fingerprint),
                    "unchanged since the last snapshot, file reused", seconds(start));
        }
        List<String> slices = slices(connection, sql, slicing);
        ParquetFileSummary summary;
        try (Statement statement = connection.createStatement()) {
            var remaining = slices.iterator();
            summary = writer.write(() -> statement.executeQuery(remaining.next()), slices.size(), dir.resolve(PART_FILE));
        }
        if (slicing != null) {
            long expected = rowCount(connection, sql);
            if (summary.rowCount() != expected) {
                throw new IllegalStateException(table + ": wrote " + summary.rowCount() + " rows but the table has "
                        + expected + " (do the slices cover every row?)");
            }
        }
        return new Written(new SnapshotManifest.Table(table, path, summary.rowCount(), summary.columns(), fingerprint),
                "written", seconds(start));
    }

    /** Publishes {@code published} again as {@code staged}: a hard link, or a copy where links are not supported. */
    static void reuse(Path published, Path staged) throws IOException {
        try {
            Files.createLink(staged, published);
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            Files.copy(published, staged);
        }
    }

    static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** The table's query, or one query per {@link #KEYS_PER_SLICE} values of its slicing column. */
    static List<String> slices(Connection connection, String sql, Slicing slicing) throws SQLException {
        if (slicing == null) {
            return List.of(sql);
        }
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(slicing.keysQuery())) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys.isEmpty() ? List.of(sql) : slices(sql, slicing.column(), keys);
    }

    /** One query per {@link #KEYS_PER_SLICE} of {@code keys}: the rows whose {@code column} is one of them. */
    static List<String> slices(String sql, String column, List<String> keys) {
        Query query = Query.of(sql);
        List<String> slices = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_SLICE) {
            String in = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_SLICE)).stream()
                    .map(k -> "'" + k.replace("'", "''") + "'").collect(java.util.stream.Collectors.joining(", "));
            slices.add("SELECT * FROM (" + query.unordered() + ") sliced WHERE sliced." + column + " IN (" + in + ")"
                    + query.orderBy());
        }
        return slices;
    }

    /**
     * A snapshot query split at its final {@code ORDER BY}, if it has one at the end outside parentheses and
     * quotes: a count need not sort (DuckDB sorts a subquery's 7 M rows if asked), and a slice sorts only its
     * own rows.
     */
    record Query(String unordered, String orderBy) {

        private static final Pattern ORDER_BY = Pattern.compile("(?is)^(.*\\S)(\\s+ORDER\\s+BY\\s+[^()'\"]+)$");

        static Query of(String sql) {
            var m = ORDER_BY.matcher(sql.strip());
            return m.matches() ? new Query(m.group(1), m.group(2)) : new Query(sql, "");
        }
    }

    static long rowCount(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM (" + Query.of(sql).unordered() + ") q")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The manifest of the snapshot now published; null when there is none or it is unreadable. */
    private static SnapshotManifest previousManifest(Path root) {
        Path manifest = root.resolve(MANIFEST);
        if (Files.isRegularFile(manifest) && Files.isRegularFile(root.resolve(SUCCESS))) {
            try {
                return JSON.readValue(manifest.toFile(), SnapshotManifest.class);
            } catch (RuntimeException unreadable) {
                return null; // an older or damaged manifest: write everything
            }
        }
        return null;
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
