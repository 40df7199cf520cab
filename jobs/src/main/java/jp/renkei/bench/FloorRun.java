package jp.renkei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.renkei.publish.SnapshotTables;
import jp.renkei.load.WarehouseSchema;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The floor: DuckDB doing natively the nearest equivalent of renkei's load, in a process of its own (run by
 * {@code renkei bench}). First, not in the timed part, the input is decoded to UTF-8 CSV ({@link FloorInput}).
 * Then, timed: renkei's own schema from {@code sql/migration} (as plain SQL, in Flyway's order), {@code read_csv}
 * of the same data into the same tables ({@link FloorLoad}), and {@code COPY (query) TO} Parquet (zstd) of every
 * table of renkei's snapshot, with the same queries. The warehouse copy renkei publishes beside the snapshot is not part of the floor.
 */
@Command(name = "floor", hidden = true, description = "Benchmark child: DuckDB read_csv + COPY TO Parquet (the floor).")
public class FloorRun implements Callable<Integer> {

    @Option(names = "--input", required = true)
    Path input;

    @Mixin
    ChildOptions child;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        FloorInput in = FloorInput.decode(input, child.work.resolve("utf8"));
        double decodeSeconds = (System.nanoTime() - t0) / 1e9;

        Path db = child.work.resolve("floor.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(child.work.resolve("floor.duckdb.wal"));
        Path parquet = Files.createDirectories(child.work.resolve("parquet"));
        Map<String, Object> r = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            child.apply(st);
            r.put("duckdbVersion", scalar(st, "SELECT version()"));
            FloorLoad load = new FloorLoad(st);

            long t1 = System.nanoTime();
            for (Resource script : WarehouseSchema.schemaScripts()) {
                ScriptUtils.executeSqlScript(c, script);
            }
            load.dimensions(in);
            double dimensionSeconds = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            load.indicators(in);
            double indicatorSeconds = (System.nanoTime() - t2) / 1e9;
            long t3 = System.nanoTime();
            if (in.survey().isPresent()) {
                load.survey(in.survey().get());
            }
            double surveySeconds = (System.nanoTime() - t3) / 1e9;

            long t4 = System.nanoTime();
            Map<String, Long> written = new LinkedHashMap<>();
            long parquetBytes = 0;
            for (Map.Entry<String, String> table : SnapshotTables.QUERIES.entrySet()) {
                Path file = parquet.resolve(table.getKey() + ".parquet");
                try (ResultSet rs = st.executeQuery("COPY (" + table.getValue() + ") TO '" + FloorLoad.sql(file)
                        + "' (FORMAT parquet, COMPRESSION zstd, RETURN_STATS)")) {
                    long rows = 0;
                    while (rs.next()) {
                        rows += rs.getLong("count");
                    }
                    written.put(table.getKey(), rows);
                }
                parquetBytes += Files.size(file);
            }
            double copySeconds = (System.nanoTime() - t4) / 1e9;
            double readSeconds = dimensionSeconds + indicatorSeconds + surveySeconds;

            r.put("decodeSeconds", decodeSeconds);
            r.put("decodedBytes", in.decodedBytes());
            r.put("exports", in.exports().size());
            r.put("dimensionSeconds", dimensionSeconds);
            r.put("indicatorSeconds", indicatorSeconds);
            r.put("surveySeconds", surveySeconds);
            r.put("readSeconds", readSeconds);
            r.put("copySeconds", copySeconds);
            r.put("timedSeconds", readSeconds + copySeconds);
            r.put("cellRows", ((Number) scalar(st, "SELECT count(*) FROM floor_cell")).longValue());
            r.put("indicatorRows", ((Number) scalar(st, "SELECT count(*) FROM fct_indicator_value")).longValue());
            r.put("populationRows", ((Number) scalar(st, "SELECT count(*) FROM fct_population")).longValue());
            r.put("surveyAnswerRows", ((Number) scalar(st, "SELECT count(*) FROM fct_survey_answer")).longValue());
            r.put("snapshotRows", written);
            r.put("parquetBytes", parquetBytes);
        }
        child.writeResult(r);
        return 0;
    }

    private static Object scalar(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
