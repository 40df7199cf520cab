package jp.renkei.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.renkei.bench.IncrementalNights;
import jp.renkei.generate.GeneratorManifest;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.input.InputInventory;
import jp.renkei.job.NightlyLoad;
import jp.renkei.job.PublishTasklet;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental night on a generated case: the day after a full load, three exports change (one value each, as the
 * benchmark's nights change them) and
 * one is removed. The incremental load must give what a full load of the same input gives, table by table; the
 * snapshot's unchanged export files must be the previous day's files (the same inode), the changed ones new; and
 * the two days read as one Hive-partitioned table.
 */
class IncrementalPublishTest {

    /* 12 municipalities × 6 exports × 2 series × 3 years, all CSV, no survey */
    static final GeneratorSettings CASE = new GeneratorSettings(11, 12, 6, 3, 0.0, 2, 0, 40);
    static final LocalDate DAY1 = LocalDate.of(2026, 11, 24);
    static final LocalDate DAY2 = DAY1.plusDays(1);

    /** Columns that name the load that wrote a row: an incremental night keeps the earlier load's on rows it did not touch. */
    static final Set<String> LOAD_COLUMNS = Set.of("load_id");
    /** Tables that record loads: the incremental warehouse has had two (checked apart). */
    static final Set<String> HISTORY = Set.of("dim_load", "dim_source_file", "checked_load");

    @TempDir
    static Path tmp;

    static GeneratorManifest m;
    static Path incremental;
    static Path full;
    static List<String> changed;
    static String removed;
    static List<String> day1Exports;

    @BeforeAll
    static void loadIncrementallyAndInFull() throws IOException {
        Path input = tmp.resolve("input");
        m = new InputGenerator(CASE, s -> { }).generate(input);
        incremental = tmp.resolve("incremental");
        full = tmp.resolve("full");
        load(input, incremental, DAY1);

        List<Path> exports;
        try (Stream<Path> files = Files.list(input.resolve("indicators"))) {
            exports = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(exports).hasSize(CASE.indicators());
        day1Exports = exports.stream().map(p -> "indicators/" + p.getFileName()).toList();
        changed = new ArrayList<>();
        for (Path export : exports.subList(0, 3)) {
            IncrementalNights.changeOneValue(export);
            changed.add(exportId(export));
        }
        removed = exportId(exports.get(3));
        Files.delete(exports.get(3));

        load(input, incremental, DAY2);
        load(input, full, DAY2);
    }

    @Test
    void anIncrementalNightGivesTheSnapshotOfAFullLoadTableByTable() {
        for (String table : SnapshotTables.QUERIES.keySet()) {
            String a = "read_parquet('" + day(incremental, table, DAY2) + "/*.parquet')";
            String b = "read_parquet('" + day(full, table, DAY2) + "/*.parquet')";
            String columns = columnsBut(DuckDbFiles.query("DESCRIBE SELECT * FROM " + a));
            assertThat(count("SELECT count(*) FROM " + a)).as(table).isEqualTo(count("SELECT count(*) FROM " + b));
            assertThat(count("SELECT count(*) FROM (SELECT " + columns + " FROM " + a + " EXCEPT ALL SELECT " + columns
                    + " FROM " + b + ")")).as(table + ": rows only the incremental night has").isZero();
            assertThat(count("SELECT count(*) FROM (SELECT " + columns + " FROM " + b + " EXCEPT ALL SELECT " + columns
                    + " FROM " + a + ")")).as(table + ": rows only the full load has").isZero();
        }
        assertThat(count("SELECT count(*) FROM read_parquet('" + day(incremental, "indicator_values", DAY2) + "/*.parquet')"))
                .as("the removed export's values are gone").isEqualTo(m.indicatorValues() - valuesPerExport());
    }

    @Test
    void anIncrementalNightGivesTheWarehouseOfAFullLoadTableByTable() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + incremental.resolve("warehouse.duckdb") + "' AS inc (READ_ONLY)");
            s.execute("ATTACH '" + full.resolve("warehouse.duckdb") + "' AS fl (READ_ONLY)");
            // schema.table: staging and the input state are in the schema internal
            List<String> tables = strings(s,
                    "SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE database_name = 'fl' ORDER BY 1");
            assertThat(tables).contains("main.fct_indicator_value", "main.dim_indicator", "main.dim_region", "main.fct_population",
                    "internal.input_state");
            assertThat(strings(s,
                    "SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE database_name = 'inc' ORDER BY 1"))
                    .isEqualTo(tables);
            List<String> differing = new ArrayList<>();
            for (String table : tables) {
                if (HISTORY.contains(table.substring(table.indexOf('.') + 1))) {
                    continue;
                }
                List<String> names = strings(s, "SELECT column_name FROM duckdb_columns() WHERE database_name = 'fl' "
                        + "AND schema_name || '.' || table_name = '" + table + "' ORDER BY column_index");
                String columns = String.join(", ", names.stream().filter(n -> !LOAD_COLUMNS.contains(n)).map(n -> '"' + n + '"').toList());
                long onlyInc = scalar(s, "SELECT count(*) FROM (SELECT " + columns + " FROM inc." + table
                        + " EXCEPT ALL SELECT " + columns + " FROM fl." + table + ")");
                long onlyFull = scalar(s, "SELECT count(*) FROM (SELECT " + columns + " FROM fl." + table
                        + " EXCEPT ALL SELECT " + columns + " FROM inc." + table + ")");
                if (onlyInc != 0 || onlyFull != 0) {
                    differing.add(table + " (" + onlyInc + " rows only incremental, " + onlyFull + " only full)");
                }
            }
            assertThat(differing).isEmpty();
            // the history the incremental warehouse has and a fresh one cannot: the first load, and the file versions it read
            assertThat(strings(s, "SELECT count(*) FROM inc.dim_load")).containsExactly("2");
            // each warehouse lists the loads whose checks passed: the incremental one both of its loads
            assertThat(strings(s, "SELECT count(*) FROM inc.internal.checked_load")).containsExactly("2");
            assertThat(strings(s, "SELECT count(*) FROM fl.internal.checked_load")).containsExactly("1");
            assertThat(strings(s, "SELECT relative_path FROM inc.dim_source_file EXCEPT ALL "
                    + "SELECT relative_path FROM fl.dim_source_file ORDER BY 1"))
                    .containsExactlyElementsOf(day1Exports.subList(0, 4));
        }
    }

    @Test
    void anUnchangedExportsFilesAreTheLastSnapshotsAndAChangedExportsAreNew() throws IOException {
        for (String table : List.of("indicator_values", "region_comparison")) {
            List<String> day2 = files(day(incremental, table, DAY2));
            assertThat(day2).as(table).containsExactly("part-A1.parquet", "part-B1.parquet", "part-C1.parquet",
                    "part-E1.parquet", "part-F1.parquet");
            assertThat(files(day(incremental, table, DAY1))).as(table).contains("part-" + removed + ".parquet");
            for (String file : day2) {
                Path before = day(incremental, table, DAY1).resolve(file);
                Path after = day(incremental, table, DAY2).resolve(file);
                boolean unchanged = !changed.contains(file.substring("part-".length(), file.length() - ".parquet".length()));
                assertThat(Files.isSameFile(before, after)).as(table + " " + file + " is the same file").isEqualTo(unchanged);
                if (unchanged || table.equals("indicator_values")) {
                    // a changed export's comparison part is written again, but its rows may come out the same (the
                    // corrected value can be one no municipality is compared with)
                    assertThat(Files.mismatch(before, after) == -1).as(table + " " + file + " has the same bytes")
                            .isEqualTo(unchanged);
                }
            }
        }
        assertThat(changed).containsExactly("A1", "B1", "C1");
        assertThat(removed).isEqualTo("D1");
    }

    @Test
    void theTwoDaysReadAsOneHivePartitionedTable() {
        String values = "read_parquet('" + incremental.resolve("parquet/indicator_values/*/*.parquet")
                + "', hive_partitioning = true)";
        assertThat(DuckDbFiles.query("SELECT snapshot_date::VARCHAR, count(*), count(DISTINCT export_id) FROM " + values
                + " GROUP BY ALL ORDER BY 1")).containsExactly(
                List.of(DAY1.toString(), Long.toString(m.indicatorValues()), "6"),
                List.of(DAY2.toString(), Long.toString(m.indicatorValues() - valuesPerExport()), "5"));
        // the same municipalities beside their prefecture on both days: one export's fewer on the second
        String comparison = "read_parquet('" + incremental.resolve("parquet/region_comparison/*/*.parquet")
                + "', hive_partitioning = true)";
        long perExport = (long) CASE.municipalities() * CASE.seriesPerIndicator() * CASE.years();
        assertThat(DuckDbFiles.query("SELECT snapshot_date::VARCHAR, count(*) FROM " + comparison
                + " WHERE prefecture_value IS NOT NULL GROUP BY ALL ORDER BY 1")).containsExactly(
                List.of(DAY1.toString(), Long.toString(6 * perExport)),
                List.of(DAY2.toString(), Long.toString(5 * perExport)));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long valuesPerExport() {
        return m.indicatorValues() / CASE.indicators();
    }

    static Path day(Path output, String table, LocalDate date) {
        return output.resolve("parquet").resolve(table).resolve("snapshot_date=" + date);
    }

    private static String columnsBut(List<List<String>> described) {
        return String.join(", ", described.stream().map(r -> r.get(0)).filter(n -> !LOAD_COLUMNS.contains(n))
                .map(n -> '"' + n + '"').toList());
    }

    private static long count(String sql) {
        return Long.parseLong(DuckDbFiles.query(sql).get(0).get(0));
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The 指標ID a generated export's name starts with. */
    static String exportId(Path export) {
        String name = export.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }

    static void load(Path input, Path output, LocalDate date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = NightlyLoad.run(input, output, date, InputInventory.scan(input).fingerprint(), false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)).isZero();
    }
}
