package jp.renkei.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SnapshotPublisherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @TempDir
    Path output;

    @TempDir
    Path inputs;

    private Connection duckdb;
    private final SnapshotPublisher publisher =
            new SnapshotPublisher(new ParquetResultSetWriter(), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void open() throws Exception {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        AllTypesFixture.create(duckdb);
        execute("CREATE TABLE area (code VARCHAR, population INTEGER)");
        execute("INSERT INTO area VALUES ('01', 12000), ('02', 8500)");
    }

    @AfterEach
    void close() throws Exception {
        duckdb.close();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement()) {
            statement.execute(sql);
        }
    }

    private static SequencedMap<String, String> queries(String... tableAndSql) {
        SequencedMap<String, String> queries = new LinkedHashMap<>();
        for (int i = 0; i < tableAndSql.length; i += 2) {
            queries.put(tableAndSql[i], tableAndSql[i + 1]);
        }
        return queries;
    }

    private SnapshotResult publishBoth(LocalDate day) throws Exception {
        return publisher.publish(output, day, duckdb,
                queries("all_types", AllTypesFixture.SELECT, "area", "SELECT * FROM area ORDER BY code"), List.of());
    }

    private String glob(String table) {
        return "read_parquet('" + output.resolve("parquet") + "/" + table + "/*/*.parquet', hive_partitioning = true)";
    }

    @Test
    void publishesEachTableAsAHivePartitionThatReadsBackCellForCell() throws Exception {
        SnapshotResult result = publishBoth(DAY);

        assertThat(result.snapshotDate()).isEqualTo(DAY);
        assertThat(result.rowCounts()).containsExactly(Map.entry("all_types", 4L), Map.entry("area", 2L));
        assertThat(output.resolve("parquet/all_types/snapshot_date=2026-11-23/part-00000.parquet")).isRegularFile();
        assertThat(AllTypesFixture.rows(duckdb, "SELECT * EXCLUDE (snapshot_date) FROM " + glob("all_types")
                + " ORDER BY id")).isEqualTo(AllTypesFixture.rows(duckdb, AllTypesFixture.SELECT));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT DISTINCT snapshot_date, typeof(snapshot_date) FROM "
                + glob("all_types"))).containsExactly(List.of(DAY, "DATE"));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT code, population, snapshot_date FROM " + glob("area")
                + " ORDER BY code")).containsExactly(List.of("01", 12000, DAY), List.of("02", 8500, DAY));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT DISTINCT compression FROM parquet_metadata('"
                + output.resolve("parquet") + "/*/*/*.parquet')")).containsExactly(List.of("ZSTD"));
        assertThat(output.resolve("parquet/_SUCCESS")).isRegularFile().isEmptyFile();
        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void manifestRecordsDateTablesSchemaAndInputChecksums() throws Exception {
        Path csv = Files.createDirectories(inputs.resolve("mieruka")).resolve("kaigo_2026.csv");
        Files.writeString(csv, "abc", StandardCharsets.US_ASCII);
        Path xlsx = inputs.resolve("survey.xlsx");
        Files.write(xlsx, new byte[0]);
        List<ManifestInputFile> inputFiles = List.of(ManifestInputFile.of(inputs, csv), ManifestInputFile.of(inputs, xlsx));

        publisher.publish(output, DAY, duckdb,
                queries("all_types", AllTypesFixture.SELECT, "area", "SELECT * FROM area"), inputFiles);

        JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("parquet/_manifest.json").toFile());
        assertThat(manifest.get("snapshot_date").asString()).isEqualTo("2026-11-23");
        assertThat(manifest.get("generated_at").asString()).isEqualTo("2026-11-24T02:00:00Z");
        JsonNode tables = manifest.get("tables");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).get("name").asString()).isEqualTo("all_types");
        assertThat(tables.get(0).get("path").asString()).isEqualTo("all_types/snapshot_date=2026-11-23/part-00000.parquet");
        assertThat(tables.get(0).get("row_count").asLong()).isEqualTo(4);
        assertThat(tables.get(1).get("name").asString()).isEqualTo("area");
        assertThat(tables.get(1).get("row_count").asLong()).isEqualTo(2);
        JsonNode columns = tables.get(0).get("columns");
        assertThat(columns).hasSize(11);
        assertThat(columns.get(6).get("name").asString()).isEqualTo("seen_at");
        assertThat(columns.get(6).get("parquet_type").asString()).isEqualTo("INT64");
        assertThat(columns.get(6).get("logical_type").asString()).isEqualTo("TIMESTAMP(MICROS,false)");
        assertThat(columns.get(7).get("logical_type").asString()).isEqualTo("DECIMAL(10,2)");
        assertThat(columns.get(0).get("logical_type").isNull()).isTrue();
        assertThat(columns.get(10).get("parquet_type").asString()).isEqualTo("GROUP");
        assertThat(columns.get(10).get("logical_type").asString()).isEqualTo("LIST");

        JsonNode files = manifest.get("input_files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("path").asString()).isEqualTo("mieruka/kaigo_2026.csv");
        assertThat(files.get(0).get("size").asLong()).isEqualTo(3);
        assertThat(files.get(0).get("sha256").asString())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(files.get(1).get("size").asLong()).isZero();
        assertThat(files.get(1).get("sha256").asString())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void republishingTheSameDayReplacesThePartitionWhole() throws Exception {
        publishBoth(DAY);
        Path partition = output.resolve("parquet/area/snapshot_date=2026-11-23");
        // a file no publisher wrote: a merge would keep it, a whole replacement must not
        Files.writeString(partition.resolve("part-00001.parquet"), "stale");
        execute("DELETE FROM area WHERE code = '02'");

        SnapshotResult again = publishBoth(DAY);

        assertThat(again.rowCounts()).containsEntry("area", 1L);
        try (Stream<Path> files = Files.list(partition)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
        }
        assertThat(AllTypesFixture.rows(duckdb, "SELECT code FROM " + glob("area")))
                .containsExactly(List.of("01"));
        assertThat(partitionsOf("all_types")).containsExactly("snapshot_date=2026-11-23");
        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void anotherDayAddsAPartitionBesideThePreviousOnes() throws Exception {
        publishBoth(DAY);
        execute("INSERT INTO area VALUES ('03', 100)");
        publishBoth(DAY.plusDays(1));

        assertThat(partitionsOf("area")).containsExactly("snapshot_date=2026-11-23", "snapshot_date=2026-11-24");
        assertThat(AllTypesFixture.rows(duckdb, "SELECT snapshot_date, count(*) FROM " + glob("area")
                + " GROUP BY ALL ORDER BY 1"))
                .containsExactly(List.of(DAY, 2L), List.of(DAY.plusDays(1), 3L));
        JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("parquet/_manifest.json").toFile());
        assertThat(manifest.get("snapshot_date").asString()).isEqualTo("2026-11-24");
    }

    @Test
    void aNightWithTheSameSourcesReusesEveryFileAndAChangedTableIsWrittenAgain() throws Exception {
        publishBoth(DAY);
        String fingerprint = areaFingerprint();

        SnapshotResult same = publishBoth(DAY.plusDays(1));

        assertThat(same.nothingChanged()).isTrue();
        assertThat(areaFingerprint()).isEqualTo(fingerprint);
        assertThat(Files.isSameFile(partFile("area", DAY.plusDays(1)), partFile("area", DAY))).isTrue();
        assertThat(Files.isSameFile(partFile("all_types", DAY.plusDays(1)), partFile("all_types", DAY))).isTrue(); // hard links

        execute("UPDATE area SET population = 12001 WHERE code = '01'");
        SnapshotResult changed = publishBoth(DAY.plusDays(2));

        assertThat(changed.nothingChanged()).isFalse();
        assertThat(areaFingerprint()).isNotEqualTo(fingerprint);
        assertThat(Files.isSameFile(partFile("area", DAY.plusDays(2)), partFile("area", DAY))).isFalse();
        assertThat(Files.isSameFile(partFile("all_types", DAY.plusDays(2)), partFile("all_types", DAY))).isTrue();
        assertThat(AllTypesFixture.rows(duckdb, "SELECT population FROM " + glob("area")
                + " WHERE snapshot_date = DATE '2026-11-25' ORDER BY code")).containsExactly(List.of(12001), List.of(8500));
    }

    @Test
    void tablesWrittenSideBySideReadBackAsWhenWrittenOneByOne() throws Exception {
        execute("CREATE TABLE big AS SELECT i AS id, 'row ' || (i % 977) AS label, i * 0.5 AS x FROM range(200000) t(i)");
        SequencedMap<String, String> tables = queries("big", "SELECT * FROM big ORDER BY id",
                "all_types", AllTypesFixture.SELECT, "area", "SELECT * FROM area ORDER BY code");
        Map<String, SnapshotPublisher.Slicing> slicing = Map.of("big", new SnapshotPublisher.Slicing("label",
                "SELECT DISTINCT label FROM big ORDER BY 1"));

        SnapshotResult result = new SnapshotPublisher(new ParquetResultSetWriter(), Clock.fixed(NOW, ZoneOffset.UTC), 2)
                .publish(output, DAY, duckdb, tables, slicing, List.of());

        assertThat(result.rowCounts()).containsExactly(Map.entry("big", 200_000L), Map.entry("all_types", 4L),
                Map.entry("area", 2L));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT count(*) FROM (SELECT id, label, x FROM " + glob("big")
                + " EXCEPT ALL SELECT * FROM big)")).containsExactly(List.of(0L));
        // five labels a slice ('row 0', 'row 1', 'row 10', 'row 100', 'row 101'), each slice sorted by id
        assertThat(AllTypesFixture.rows(duckdb, "SELECT id FROM " + glob("big") + " LIMIT 3"))
                .containsExactly(List.of(0L), List.of(1L), List.of(10L));
        assertThat(AllTypesFixture.rows(duckdb, "SELECT * EXCLUDE (snapshot_date) FROM " + glob("all_types") + " ORDER BY id"))
                .isEqualTo(AllTypesFixture.rows(duckdb, AllTypesFixture.SELECT));
        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void aFailureInOneOfTheTablesWrittenSideBySideLeavesNothingBehind() throws Exception {
        SnapshotPublisher sideBySide = new SnapshotPublisher(new ParquetResultSetWriter(), Clock.fixed(NOW, ZoneOffset.UTC), 2);

        assertThatThrownBy(() -> sideBySide.publish(output, DAY, duckdb, queries(
                "area", "SELECT * FROM area",
                "all_types", "SELECT id, error('boom: ' || id) AS broken FROM all_types"), List.of()))
                .isInstanceOf(SQLException.class).hasMessageContaining("boom: 1");

        assertThat(tree()).isEmpty();
        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void aQueryIsSplitAtItsFinalOrderByOnly() {
        assertThat(QuerySlices.Query.of("SELECT * FROM v ORDER BY a, b DESC"))
                .isEqualTo(new QuerySlices.Query("SELECT * FROM v", " ORDER BY a, b DESC"));
        assertThat(QuerySlices.Query.of("select * from v\norder by a"))
                .isEqualTo(new QuerySlices.Query("select * from v", "\norder by a"));
        assertThat(QuerySlices.Query.of("SELECT * FROM (SELECT * FROM t ORDER BY x) q"))
                .isEqualTo(new QuerySlices.Query("SELECT * FROM (SELECT * FROM t ORDER BY x) q", ""));
        assertThat(QuerySlices.Query.of("SELECT * FROM t ORDER BY coalesce(a, b)"))
                .isEqualTo(new QuerySlices.Query("SELECT * FROM t ORDER BY coalesce(a, b)", ""));
        assertThat(QuerySlices.Query.of("SELECT * FROM v_survey_results"))
                .isEqualTo(new QuerySlices.Query("SELECT * FROM v_survey_results", ""));
    }

    private String areaFingerprint() {
        JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("parquet/_manifest.json").toFile());
        for (JsonNode table : manifest.get("tables")) {
            if (table.get("name").asString().equals("area")) {
                return table.get("source_fingerprint").asString();
            }
        }
        throw new AssertionError("no table area in the manifest");
    }

    private Path partFile(String table, LocalDate day) {
        return output.resolve("parquet").resolve(table).resolve("snapshot_date=" + day).resolve(SnapshotPublisher.PART_FILE);
    }

    @Test
    void aFailingQueryLeavesThePublishedSnapshotUntouchedAndNoStaging() throws Exception {
        publishBoth(DAY);
        Map<String, String> before = tree();
        execute("DELETE FROM area");

        assertThatThrownBy(() -> publisher.publish(output, DAY, duckdb, queries(
                "area", "SELECT * FROM area",
                "all_types", "SELECT id, error('boom: ' || id) AS broken FROM all_types"), List.of()))
                .isInstanceOf(SQLException.class).hasMessageContaining("boom");
        assertThatThrownBy(() -> publisher.publish(output, DAY.plusDays(1), duckdb, queries(
                "area", "SELECT * FROM area",
                "brand_new", "SELECT * FROM no_such_table"), List.of()))
                .isInstanceOf(SQLException.class);

        assertThat(tree()).isEqualTo(before);
        assertThat(hiddenEntries()).isEmpty();
        assertThat(AllTypesFixture.rows(duckdb, "SELECT count(*) FROM " + glob("area"))).containsExactly(List.of(2L));
    }

    @Test
    void anUnmappableColumnAlsoLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> publisher.publish(output, DAY, duckdb,
                queries("area", "SELECT * FROM area", "odd", "SELECT {'a': 1} AS s"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(tree()).isEmpty();
        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void leftoverStagingOfACrashedRunIsRemoved() throws Exception {
        Path leftover = Files.createDirectories(output.resolve("parquet/.staging-crashed/area/snapshot_date=x"));
        Files.writeString(leftover.resolve("part-00000.parquet"), "half");

        publishBoth(DAY);

        assertThat(hiddenEntries()).isEmpty();
    }

    @Test
    void tableNamesThatReadersWouldSkipOrThatEscapeTheDirectoryAreRefused() {
        for (String name : List.of("_hidden", ".dot", "../escape", "a/b", "")) {
            assertThatThrownBy(() -> publisher.publish(output, DAY, duckdb, queries(name, "SELECT 1"), List.of()))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private List<String> partitionsOf(String table) throws IOException {
        try (Stream<Path> dirs = Files.list(output.resolve("parquet").resolve(table))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Entries of parquet/ whose names start with '.': staging and temporary files. */
    private List<Path> hiddenEntries() throws IOException {
        Path root = output.resolve("parquet");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** Every file under output/ with its SHA-256. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(output)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(file).toString(), ManifestInputFile.of(output, file).sha256());
            }
        }
        return files;
    }
}
