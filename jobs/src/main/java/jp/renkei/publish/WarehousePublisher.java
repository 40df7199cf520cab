package jp.renkei.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the working DuckDB database as {@code <output>/warehouse.duckdb}, a file analysts open.
 *
 * <p>The working file cannot be shared: DuckDB lets one process hold a file, and a read-only
 * holder blocks the writer too. So the database is copied into a fresh file in the storage format
 * of DuckDB 1.4 (the oldest line analysts' tools still have), Spring Batch's job-repository tables
 * and sequences and Flyway's {@code flyway_schema_history} are dropped from the copy (they belong to the job
 * runner and to the working file's migrations: the copy follows the working file and is never migrated itself,
 * and {@code dim_load.renkei_version} says which release made each load), and the copy is renamed
 * atomically over the published file (by the nightly load, as one step of the {@link Switchover} that publishes
 * the snapshot with it). A reader holding the previous file keeps its inode on Linux:
 * readers never block publishing, and never see a half-written file.
 */
public final class WarehousePublisher {

    public static final String WAREHOUSE_FILE = "warehouse.duckdb";
    static final String PUBLISHING_FILE = ".warehouse.duckdb.publishing";
    /** DuckDB 1.4's storage format: files written by 2.0 with it open in 1.4 clients. */
    public static final String STORAGE_VERSION = "v1.4.0";
    private static final String ALIAS = "renkei_publish";
    private static final Logger log = LoggerFactory.getLogger(WarehousePublisher.class);

    /** Copies the database {@code working} is connected to and publishes it at once; returns the published file. */
    public Path publish(Connection working, Path outputDir) throws IOException, SQLException {
        Files.createDirectories(outputDir);
        Path publishing = outputDir.resolve(PUBLISHING_FILE);
        Path target = outputDir.resolve(WAREHOUSE_FILE);
        copy(working, publishing);
        try {
            AtomicFiles.move(publishing, target);
        } catch (IOException e) {
            deleteWithWal(publishing);
            throw e;
        }
        return target;
    }

    /**
     * Copies the database {@code working} is connected to into {@code copy} (replaced if it exists), complete and
     * forced to disk, for a switch-over to rename into place. On failure no copy is left behind.
     */
    public Path copy(Connection working, Path copy) throws IOException, SQLException {
        return copy(working, copy, null).file();
    }

    /** A copy made for publishing, and how: brought up to date from the published file, or copied whole and why. */
    public record Copy(Path file, boolean fromPublished, String how) {
    }

    /**
     * As {@link #copy(Connection, Path)}, but starting from {@code published} (the file now published) where it
     * has the working database's schema: a copy of its bytes brought up to date table by table
     * ({@link WarehouseDelta}), which on a night with a few new exports writes a few exports' rows instead of the
     * whole warehouse. Copied whole when there is no published file, when it has another schema or an open
     * write-ahead log, when it cannot be read, or when the changes left more than half of the file free.
     */
    public Copy copy(Connection working, Path copy, Path published) throws IOException, SQLException {
        Files.createDirectories(copy.toAbsolutePath().getParent());
        String why;
        if (published != null && Files.isRegularFile(published) && !Files.exists(walOf(published))) {
            long start = System.nanoTime();
            try {
                deleteWithWal(copy);
                Files.copy(published, copy);
                Attempt attempt = withAttached(working, copy, "", statement -> {
                    Optional<WarehouseDelta.Applied> applied = WarehouseDelta.apply(working, currentCatalog(statement), ALIAS);
                    if (applied.isEmpty()) {
                        return new Attempt(null, "its schema differs from the working database's");
                    }
                    statement.execute("CHECKPOINT " + ALIAS);
                    return mostlyFree(statement)
                            ? new Attempt(null, "more than half of it would be free space after " + applied.get())
                            : new Attempt(applied.get(), null);
                });
                if (attempt.applied() != null) {
                    String how = "brought up to date from the published file: " + attempt.applied();
                    log.info("{} {} ({})", WAREHOUSE_FILE, how, WrittenTable.seconds(start));
                    return new Copy(copy, true, how);
                }
                why = attempt.whyNot();
            } catch (IOException | SQLException e) {
                why = "it could not be brought up to date: " + e.getMessage();
            }
            deleteWithWal(copy);
            log.info("{} copied whole, as the published file cannot be reused: {}", WAREHOUSE_FILE, why);
        } else {
            deleteWithWal(copy);
            why = published == null || !Files.isRegularFile(published) ? "nothing is published yet"
                    : "the published file has a write-ahead log beside it (a client wrote to it)";
        }
        withAttached(working, copy, " (STORAGE_VERSION " + literal(STORAGE_VERSION) + ")", statement -> {
            statement.execute("COPY FROM DATABASE " + identifier(currentCatalog(statement)) + " TO " + ALIAS);
            dropJobRepository(working);
            return null;
        });
        return new Copy(copy, false, "copied whole: " + why);
    }

    /**
     * True when {@code published} holds the working database's objects (columns, comments, views, constraints): a
     * night whose start migrated the schema must publish again even when no row changed. False when it cannot be read.
     */
    public boolean hasSchemaOf(Connection working, Path published) throws SQLException {
        if (!Files.isRegularFile(published) || Files.exists(walOf(published))) {
            return false;
        }
        try (Statement statement = working.createStatement()) {
            statement.execute("ATTACH " + literal(published.toAbsolutePath().toString()) + " AS " + ALIAS + " (READ_ONLY)");
        } catch (SQLException unreadable) {
            return false;
        }
        try (Statement statement = working.createStatement()) {
            return WarehouseDelta.sameObjects(working, currentCatalog(statement), ALIAS);
        } finally {
            try (Statement detach = working.createStatement()) {
                detach.execute("DETACH " + ALIAS);
            }
        }
    }

    private record Attempt(WarehouseDelta.Applied applied, String whyNot) {
    }

    @FunctionalInterface
    private interface OnAttached<T> {
        T run(Statement statement) throws IOException, SQLException;
    }

    /**
     * Attaches {@code copy} as {@link #ALIAS} to {@code working} in auto-commit, runs {@code body}, detaches (which
     * checkpoints) and forces the file to disk. On failure the copy is deleted.
     */
    private static <T> T withAttached(Connection working, Path copy, String options, OnAttached<T> body) throws IOException, SQLException {
        boolean autoCommit = working.getAutoCommit();
        boolean attached = false;
        try (Statement statement = working.createStatement()) {
            if (!autoCommit) {
                // ATTACH, the copy and DETACH each run as their own transaction
                working.commit();
                working.setAutoCommit(true);
            }
            statement.execute("ATTACH " + literal(copy.toAbsolutePath().toString()) + " AS " + ALIAS + options);
            attached = true;
            T result = body.run(statement);
            statement.execute("DETACH " + ALIAS);
            attached = false;
            if (Files.exists(walOf(copy))) {
                throw new IOException("DETACH left a write-ahead log beside " + copy + ": the copy is incomplete");
            }
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return result;
        } catch (IOException | SQLException | RuntimeException e) {
            if (attached) {
                try (Statement detach = working.createStatement()) {
                    detach.execute("DETACH " + ALIAS);
                } catch (SQLException detachFailure) {
                    e.addSuppressed(detachFailure);
                }
            }
            deleteWithWal(copy);
            throw e;
        } finally {
            if (!autoCommit) {
                working.setAutoCommit(false);
            }
        }
    }

    /** Rows replaced night after night leave free blocks that DuckDB reuses; past half the file, a whole copy compacts it. */
    private static boolean mostlyFree(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT free_blocks, total_blocks FROM pragma_database_size() "
                + "WHERE database_name = " + literal(ALIAS))) {
            return rs.next() && rs.getLong(1) * 2 > rs.getLong(2);
        }
    }

    private static String currentCatalog(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Drops every object named BATCH_*, and Flyway's history, from the copy. Views first, then tables, then sequences;
     * tables are retried in rounds because foreign keys (BATCH_JOB_EXECUTION references
     * BATCH_JOB_INSTANCE, ...) require the referencing table to go first.
     */
    private static void dropJobRepository(Connection connection) throws SQLException {
        for (String[] view : objects(connection, "duckdb_views()", "view_name", "NOT internal")) {
            execute(connection, "DROP VIEW " + qualified(view));
        }
        List<String[]> tables = objects(connection, "duckdb_tables()", "table_name", "true");
        while (!tables.isEmpty()) {
            List<String[]> remaining = new ArrayList<>();
            SQLException last = null;
            for (String[] table : tables) {
                try {
                    execute(connection, "DROP TABLE " + qualified(table));
                } catch (SQLException e) {
                    remaining.add(table);
                    last = e;
                }
            }
            if (remaining.size() == tables.size()) {
                throw last;
            }
            tables = remaining;
        }
        for (String[] sequence : objects(connection, "duckdb_sequences()", "sequence_name", "true")) {
            execute(connection, "DROP SEQUENCE " + qualified(sequence));
        }
    }

    /** A statement per command: DuckDB's driver closes a statement whose command failed. */
    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String[]> objects(Connection connection, String function, String nameColumn, String filter)
            throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT schema_name, " + nameColumn + " FROM " + function
                + " WHERE database_name = '" + ALIAS + "' AND " + WarehouseDelta.unpublished(nameColumn) + " AND " + filter)) {
            while (rs.next()) {
                found.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return found;
    }

    private static String qualified(String[] schemaAndName) {
        return WarehouseDelta.qualified(ALIAS, schemaAndName);
    }

    private static String identifier(String name) {
        return WarehouseDelta.identifier(name);
    }

    private static String literal(String value) {
        return WarehouseDelta.literal(value);
    }

    private static Path walOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".wal");
    }

    private static void deleteWithWal(Path database) throws IOException {
        Files.deleteIfExists(database);
        Files.deleteIfExists(walOf(database));
    }
}
