package jp.renkei.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Scratch measurement, not a test: rows per second of {@link ParquetResultSetWriter} for a DuckDB
 * query of six mixed columns, beside DuckDB's own COPY TO for scale. Run with the test class path;
 * argument: row count (default 1,000,000).
 */
public final class ParquetWriteBenchmark {

    private ParquetWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        String sql = "SELECT i AS id, '事業所-' || (i % 5000) AS name, i * 0.37 AS amount, "
                + "DATE '2020-01-01' + (i % 2000)::INTEGER AS day, ((i % 100000) / 100)::DECIMAL(10,2) AS price, "
                + "i % 3 = 0 AS flag FROM range(" + rows + ") t(i)";
        Path dir = Files.createTempDirectory("parquet-bench");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            for (int run = 1; run <= 3; run++) {
                Path file = dir.resolve("run" + run + ".parquet");
                long start = System.nanoTime();
                long written;
                try (Statement statement = duckdb.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                    written = new ParquetResultSetWriter().write(rs, file).rowCount();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: %,d rows in %.2f s = %,.0f rows/s, %,d bytes%n",
                        run, written, seconds, written / seconds, Files.size(file));
            }
            Path copy = dir.resolve("duckdb.parquet");
            long start = System.nanoTime();
            try (Statement statement = duckdb.createStatement()) {
                statement.execute("COPY (" + sql + ") TO '" + copy + "' (FORMAT parquet, COMPRESSION zstd)");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("DuckDB COPY TO: %.2f s = %,.0f rows/s, %,d bytes%n", seconds, rows / seconds,
                    Files.size(copy));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
