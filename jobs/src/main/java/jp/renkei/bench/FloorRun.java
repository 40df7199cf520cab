package jp.renkei.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jp.renkei.input.SheetRow;
import jp.renkei.input.SheetTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The floor: DuckDB doing natively the nearest equivalent of renkei's load, in a process of its own (run by
 * {@code renkei bench}). First, not in the timed part, every export and population/reference CSV is decoded
 * (CP932 or .xlsx) to a UTF-8 CSV, since DuckDB cannot read CP932 here. Then, timed: {@code read_csv} of the
 * region master, catalogue and yearly population into tables, and of every export, unpivoted (one row per
 * region × period cell, missing cells included), its region name joined to the region code and its series to
 * the indicator id, the number cast, into a table with {@code fct_indicator_value}'s key; then
 * {@code COPY … TO} Parquet (zstd). What the floor leaves out: period-label parsing, denominators and rates,
 * rejects, lineage, the job repository, the warehouse copy.
 */
@Command(name = "floor", hidden = true, description = "Benchmark child: DuckDB read_csv + COPY TO Parquet (the floor).")
public class FloorRun implements Callable<Integer> {

    @Option(names = "--input", required = true)
    Path input;

    @Mixin
    ChildOptions child;

    @Override
    public Integer call() throws Exception {
        Path utf8 = child.work.resolve("utf8");
        Path indicators = utf8.resolve("indicators");
        Files.createDirectories(indicators);
        Files.createDirectories(child.work.resolve("parquet"));

        long t0 = System.nanoTime();
        Map<Path, String> exports = new LinkedHashMap<>(); // decoded file → export id
        List<Path> sources;
        try (Stream<Path> s = Files.list(input.resolve("indicators"))) {
            sources = s.filter(p -> p.getFileName().toString().matches(".+\\.(csv|xlsx)")).sorted().toList();
        }
        long decodedBytes = 0;
        int n = 0;
        for (Path src : sources) {
            String name = src.getFileName().toString();
            Path dst = indicators.resolve(String.format("%05d.csv", n++));
            decodedBytes += toUtf8Csv(src, dst, 1); // row 1 is 出力日：…
            exports.put(dst, name.substring(0, name.indexOf('_')));
        }
        Path regions = utf8.resolve("regions.csv");
        Path catalogue = utf8.resolve("indicator_catalogue.csv");
        Path population = utf8.resolve("population_yearly.csv");
        decodedBytes += toUtf8Csv(input.resolve("reference/regions.csv"), regions, 0);
        decodedBytes += toUtf8Csv(input.resolve("reference/indicator_catalogue.csv"), catalogue, 0);
        decodedBytes += toUtf8Csv(input.resolve("population/population_yearly.csv"), population, 0);
        double decodeSeconds = (System.nanoTime() - t0) / 1e9;

        Path db = child.work.resolve("floor.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(child.work.resolve("floor.duckdb.wal"));
        Map<String, Object> r = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            child.apply(st);
            r.put("duckdbVersion", scalar(st, "SELECT version()"));

            long t1 = System.nanoTime();
            st.execute("CREATE TABLE dim_region AS SELECT * FROM read_csv('" + sql(regions) + "', header = true, all_varchar = true)");
            st.execute("CREATE TABLE dim_indicator AS SELECT * FROM read_csv('" + sql(catalogue) + "', header = true, all_varchar = true)");
            st.execute("CREATE TABLE fct_population AS SELECT region_code, base, CAST(as_of_date AS DATE) AS as_of_date, "
                    + "CAST(population AS BIGINT) AS population, statistic FROM read_csv('" + sql(population)
                    + "', header = true, all_varchar = true)");
            st.execute("""
                    CREATE TABLE fct_indicator_value (
                        indicator_id VARCHAR NOT NULL, region_code VARCHAR NOT NULL, period_label VARCHAR NOT NULL,
                        published_text VARCHAR, published_value DOUBLE, unit VARCHAR, source_file VARCHAR NOT NULL)""");
            // shaped like renkei's fct_indicator_value, which has no key index either (one would not fit in 1 GB)
            for (Map.Entry<Path, String> e : exports.entrySet()) {
                st.execute("INSERT INTO fct_indicator_value SELECT i.indicator_id, r.region_code, u.period_label, "
                        + "u.published_text, TRY_CAST(replace(u.published_text, ',', '') AS DOUBLE), u.\"単位\", '"
                        + e.getKey().getFileName() + "' FROM (SELECT * FROM read_csv('" + sql(e.getKey())
                        + "', header = true, all_varchar = true)) UNPIVOT INCLUDE NULLS (published_text FOR period_label "
                        + "IN (COLUMNS(* EXCLUDE (\"地域\", \"指標\", \"単位\")))) u "
                        + "JOIN dim_region r ON r.region_name = u.\"地域\" "
                        + "JOIN dim_indicator i ON i.export_id = '" + e.getValue().replace("'", "''")
                        + "' AND i.series_name = u.\"指標\"");
            }
            double readSeconds = (System.nanoTime() - t1) / 1e9;

            long t2 = System.nanoTime();
            Path values = child.work.resolve("parquet/indicator_values.parquet");
            Path pop = child.work.resolve("parquet/population.parquet");
            st.execute("COPY fct_indicator_value TO '" + sql(values) + "' (FORMAT parquet, COMPRESSION zstd)");
            st.execute("COPY fct_population TO '" + sql(pop) + "' (FORMAT parquet, COMPRESSION zstd)");
            double copySeconds = (System.nanoTime() - t2) / 1e9;

            r.put("decodeSeconds", decodeSeconds);
            r.put("decodedBytes", decodedBytes);
            r.put("exports", exports.size());
            r.put("readSeconds", readSeconds);
            r.put("copySeconds", copySeconds);
            r.put("timedSeconds", readSeconds + copySeconds);
            r.put("indicatorRows", ((Number) scalar(st, "SELECT count(*) FROM fct_indicator_value")).longValue());
            r.put("populationRows", ((Number) scalar(st, "SELECT count(*) FROM fct_population")).longValue());
            r.put("parquetBytes", Files.size(values) + Files.size(pop));
        }
        child.writeResult(r);
        return 0;
    }

    /** Decodes a CSV (UTF-8 or CP932) or .xlsx sheet through renkei's own reader and writes it as UTF-8 CSV. */
    static long toUtf8Csv(Path src, Path dst, int skipRows) throws IOException {
        SheetTable table = SheetTable.read(src, src.getFileName().toString());
        List<SheetRow> rows = table.rows();
        int width = rows.size() > skipRows ? rows.get(skipRows).size() : 0;
        try (Writer w = Files.newBufferedWriter(dst, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            for (int i = skipRows; i < rows.size(); i++) {
                SheetRow row = rows.get(i);
                if (row.isBlank()) {
                    continue;
                }
                List<String> cells = new ArrayList<>(width);
                for (int col = 0; col < Math.max(width, row.size()); col++) {
                    String v = row.text(col);
                    cells.add(v == null ? "" : v);
                }
                p.printRecord(cells);
            }
        }
        return Files.size(dst);
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static Object scalar(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
