package jp.renkei.publish;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a snapshot's tables, a number of them at a time, and logs each in table order. */
final class TableWorkers {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPublisher.class);

    private final int parallelism;

    TableWorkers(int parallelism) {
        this.parallelism = parallelism;
    }

    /** Logged on the publishing thread, in table order, whichever worker finished first. */
    private static SnapshotManifest.Table logged(WrittenTable written) {
        log.info("snapshot {}: {} rows {} ({})", written.table().name(), String.format("%,d", written.table().rowCount()),
                written.how(), written.took());
        return written.table();
    }

    /** One table to write, with the connection its worker reads on. */
    record TableJob(String name, String sql, Connection connection) {
    }

    @FunctionalInterface
    interface TableWriter {
        WrittenTable write(TableJob job) throws IOException, SQLException;
    }

    /**
     * Writes the tables in their order, {@link #parallelism} at a time. A Parquet file is written by one thread,
     * so the two national-size tables on two cores take the time of the larger one. Each worker reads on its
     * own duplicate of {@code connection} (the same database; DuckDB runs their queries side by side).
     */
    List<SnapshotManifest.Table> writeTables(Connection connection, SequencedMap<String, String> queries,
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
            List<Future<WrittenTable>> futures = new ArrayList<>();
            for (Map.Entry<String, String> query : queries.entrySet()) {
                futures.add(workers.submit(() -> {
                    try (Connection own = duckdb.duplicate()) {
                        return writeTable.write(new TableJob(query.getKey(), query.getValue(), own));
                    }
                }));
            }
            List<SnapshotManifest.Table> tables = new ArrayList<>();
            for (Future<WrittenTable> future : futures) {
                tables.add(logged(result(future)));
            }
            return tables;
        } finally {
            workers.shutdownNow();
        }
    }

    /** A worker's table, or its failure as thrown: the first failure in table order is the one reported. */
    private static WrittenTable result(Future<WrittenTable> future) throws IOException, SQLException {
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
}
