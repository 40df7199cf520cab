package jp.renkei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SequencedMap;
import java.util.concurrent.Callable;
import jp.renkei.publish.SnapshotTables;
import jp.renkei.publish.SnapshotPublisher;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Parquet writing, renkei against DuckDB on the same rows (run by {@code renkei bench}): the two national-size
 * snapshot tables of the warehouse renkei just published, written once by renkei's publisher (DuckDB's Arrow
 * export into parquet-java, sliced, the two tables side by side) and once by DuckDB's own
 * {@code COPY (query) TO … (FORMAT parquet, COMPRESSION zstd)} of the same queries, each table whole.
 *
 * <p>DuckDB's COPY of a whole national table runs out of memory below about 512 MB (it did at 384 MB), where
 * renkei's sliced writer does not: the COPY is given at least {@value #COPY_MEMORY_LIMIT}, and the result says so.
 */
@Command(name = "parquet", hidden = true, description = "Benchmark child: parquet-java against DuckDB COPY TO, same rows.")
public class ParquetRun implements Callable<Integer> {

    static final List<String> TABLES = List.of("indicator_values", "region_comparison");
    static final String COPY_MEMORY_LIMIT = "512MB";

    @Option(names = "--warehouse", required = true)
    Path warehouse;

    @Mixin
    ChildOptions child;

    @Override
    public Integer call() throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Map<String, Object> r = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly);
             Statement st = c.createStatement()) {
            child.apply(st);
            SequencedMap<String, String> queries = new LinkedHashMap<>();
            TABLES.forEach(t -> queries.put(t, SnapshotTables.QUERIES.get(t)));

            long t0 = System.nanoTime();
            var published = new SnapshotPublisher(child.threads).publish(child.work.resolve("renkei"), LocalDate.of(2026, 1, 1), c,
                    queries, SnapshotTables.SLICED, List.of());
            double renkeiSeconds = (System.nanoTime() - t0) / 1e9;
            long rows = published.rowCounts().values().stream().mapToLong(Long::longValue).sum();

            Path copies = Files.createDirectories(child.work.resolve("duckdb"));
            String copyLimit = megabytes(child.memoryLimit) < megabytes(COPY_MEMORY_LIMIT) ? COPY_MEMORY_LIMIT : child.memoryLimit;
            st.execute("SET memory_limit = '" + copyLimit.replace("'", "''") + "'");
            long t1 = System.nanoTime();
            long copied = 0;
            for (Map.Entry<String, String> q : queries.entrySet()) {
                try (ResultSet rs = st.executeQuery("COPY (" + q.getValue() + ") TO '"
                        + copies.resolve(q.getKey() + ".parquet").toAbsolutePath().toString().replace("'", "''")
                        + "' (FORMAT parquet, COMPRESSION zstd, RETURN_STATS)")) {
                    while (rs.next()) {
                        copied += rs.getLong("count");
                    }
                }
            }
            double copySeconds = (System.nanoTime() - t1) / 1e9;

            r.put("tables", TABLES);
            r.put("rows", rows);
            r.put("rowsCopiedByDuckdb", copied);
            r.put("renkeiSeconds", renkeiSeconds);
            r.put("copySeconds", copySeconds);
            r.put("copyMemoryLimit", copyLimit);
            r.put("ratio", renkeiSeconds / copySeconds);
        }
        child.writeResult(r);
        return 0;
    }

    /** A DuckDB size setting ("384MB", "1GB") in megabytes; one Spring's {@link DataSize} cannot read counts as large. */
    static long megabytes(String size) {
        try {
            return DataSize.parse(size.strip()).toMegabytes();
        } catch (IllegalArgumentException e) {
            return Long.MAX_VALUE; // DuckDB also takes "80%" or "1GiB": the COPY gets what was asked for
        }
    }
}
