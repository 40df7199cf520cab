package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import jp.renkei.publish.SnapshotTables;
import jp.renkei.testsupport.ChildJvm;
import jp.renkei.testsupport.DuckDbFiles;
import jp.renkei.testsupport.HoldLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nightly operations on real files and real processes: re-runs, incremental loads, locking, gates, readers. */
class OperationsFunctionalTests extends LoadWorkspace {

    static final LocalDate DAY1 = LocalDate.of(2026, 11, 24);
    static final LocalDate DAY2 = LocalDate.of(2026, 11, 25);
    static final Charset CP932 = Charset.forName("windows-31j");
    static final String CSV2 = "indicators/δ1-c_医療介護連携_時系列 (2).csv";
    static final String CSV3 = "indicators/δ1-c_医療介護連携_時系列 (3).csv";
    static final String GYODA_H29 = "SELECT published_text FROM v_indicator_values WHERE indicator_id = 'δ1-c.入院時情報連携加算' "
            + "AND region_code = '112062' AND period_label = 'H29年'";

    @BeforeEach
    void firstNight() throws IOException {
        sampleLoadedOn(DAY1);
    }

    @Test
    void theSameInputOnTheSameDayIsLoadedOnceAndForceLoadsItAgainToTheSameWarehouse() {
        Map<String, String> published = publishedFiles();
        List<String> content = DuckDbFiles.contentOf(warehouse());

        Run again = load(DAY1);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("renkei: this input was already loaded for 2026-11-24; nothing to do (use --force to load it again)");
        assertThat(publishedFiles()).isEqualTo(published);

        Run forced = load(DAY1, true);
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(DuckDbFiles.contentOf(warehouse())).isEqualTo(content);
        assertThat(DuckDbFiles.query("SELECT count(*) FROM read_parquet('" + output.resolve("parquet/indicator_values/*/*.parquet")
                + "')")).containsExactly(List.of("32"));
    }

    @Test
    void anIncrementalLoadReadsOnlyWhatChangedAndAChangedExportReplacesExactlyWhatItSupplied() {
        write(CSV2, read(CSV2, CP932).replace("158.4", "160.0"), CP932);              // changed
        deleteInput(CSV3);                                                              // removed
        write("indicators/δ1-c_医療介護連携_時系列 (4).csv", """
                出力日：2024/09/01,,
                地域,指標,単位,R4年
                行田市,入院時情報連携加算,人（人口10万対）,170.1
                """, StandardCharsets.UTF_8);                                           // added

        Run night2 = load(DAY2);
        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(night2.log()).contains("unchanged exports not read again 2")   // the two .xlsx
                .contains("[4/9] indicators       COMPLETED read 11 ");             // 10 cells of (2), 1 of (4)
        // 11 rows in, the 11 cells: the region master, the catalogue, the census and the activities did not change and
        // are not read again (the population step runs for the exports' denominators, with the census figures the
        // warehouse holds); replaced: the 10 of (2) before, the 2 of (3)
        assertThat(night2.out()).contains("8 files read, 11 rows in, 0 rejected, 12 replaced");
        assertThat(night2.log()).contains("regions and catalogue: skipped, no file of reference/ changed since the last load")
                .contains("activities: skipped, no file of reference/ or activities/ changed since the last load")
                .contains("[3/9] population       COMPLETED read 0  loaded 0").doesNotContain("population: skipped");
        assertThat(DuckDbFiles.query(warehouse(), """
                SELECT count(*) FROM fct_population JOIN internal.input_state s USING (source_file_id)
                WHERE s.source_kind = 'population'""")).as("the census figures stay").containsExactly(List.of("6"));
        assertThat(DuckDbFiles.query(warehouse(), GYODA_H29)).containsExactly(List.of("160.0"));
        assertThat(DuckDbFiles.query(warehouse(), """
                SELECT count(*) FILTER (indicator_id = 'δ1-c.在宅死亡者数自宅'), count(*) FILTER (period_label = 'R4年'),
                       count(*) FROM v_indicator_values""")).containsExactly(List.of("0", "1", "31"));
        assertThat(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM internal.input_state WHERE source_kind = 'indicators'"))
                .containsExactly(List.of("4"));
    }

    @Test
    void aSecondLoadWhileOneRunsExitsAtOnceAndTouchesNothing() throws Exception {
        Map<String, String> published = publishedFiles();
        String classPath = ChildJvm.testClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process holder = new ProcessBuilder(java, "-cp", classPath, HoldLock.class.getName(),
                output.resolve(".renkei.lock").toString(), "60").redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("locked");
            long started = System.nanoTime();
            Run second = load(DAY2);
            assertThat(second.exit()).isEqualTo(ExitCode.LOCKED);
            assertThat(second.err()).isEqualTo("renkei: another load is running on " + output + " (it holds "
                    + output.resolve(".renkei.lock") + "); nothing was touched" + System.lineSeparator());
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms until it gave up").isLessThan(5_000);
            assertThat(publishedFiles()).isEqualTo(published);
            assertThat(output.resolve("parquet/indicator_values/snapshot_date=2026-11-25")).doesNotExist();

            // `runs` answers while the load runs (DuckDB lets one process hold the job repository)
            ByteArrayOutputStream runsOut = new ByteArrayOutputStream();
            PrintStream console = System.out;
            System.setOut(new PrintStream(runsOut, true, StandardCharsets.UTF_8));
            int runsExit;
            try {
                runsExit = jp.renkei.cli.RenkeiCommand.commandLine().execute("runs", "--output", output.toString());
            } finally {
                System.setOut(console);
            }
            assertThat(runsExit).isZero();
            assertThat(runsOut.toString(StandardCharsets.UTF_8)).startsWith("renkei: a load is running on " + output)
                    .contains("; the list of runs can be read when it has finished. Published now: the load of 2026-11-24 (load "
                            + jp.renkei.input.InputInventory.scan(input).loadId(DAY1) + ")");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aRunDateEarlierThanTheNewestSnapshotIsRefusedAndTouchesNothing() {
        assertThat(load(DAY2).exit()).isZero();
        Map<String, String> published = publishedFiles();
        Run earlier = load(DAY1);
        assertThat(earlier.exit()).isEqualTo(2);
        assertThat(earlier.err()).isEqualTo("renkei: the run date 2026-11-24 is earlier than the newest published snapshot "
                + "(2026-11-25); a load for it would publish a warehouse older than parquet/'s newest day. Nothing was touched: "
                + "load with --run-date 2026-11-25 or later." + System.lineSeparator());
        assertThat(publishedFiles()).isEqualTo(published);
    }

    @Test
    void aSurveyKeyFileThatWentMissingIsNotReplacedUnlessToldAndAKeyOthersCanReadIsRefused() throws IOException {
        Path key = output.resolve("work/survey-hmac.key");
        String pseudonyms = "SELECT respondent_key FROM dim_survey_respondent ORDER BY 1";
        List<List<String>> before = DuckDbFiles.query(warehouse(), pseudonyms);
        assertThat(before).isNotEmpty();
        Map<String, String> published = publishedFiles();
        String original = Files.readString(key);

        Files.delete(key);
        Run refused = load(DAY2);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("  the survey key " + key + " is missing, but the warehouse holds respondents "
                + "pseudonymised with it: a new key would change every pseudonym. Put the key file back (from a backup), "
                + "or load with --new-survey-key to start new pseudonyms on purpose").doesNotContain("\tat ");
        assertThat(refused.log()).doesNotContain("\tat ");
        assertThat(key).doesNotExist();
        assertThat(publishedFiles()).isEqualTo(published);

        Files.writeString(key, original);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Run readable = load(DAY2);
        assertThat(readable.exit()).isEqualTo(1);
        assertThat(readable.err()).contains("  the survey key " + key + " can be read or changed by others (rw-r--r--); "
                + "expected it readable by its owner only: chmod 600 " + key);

        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Run restored = load(DAY2);
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(DuckDbFiles.query(warehouse(), pseudonyms)).isEqualTo(before);

        Files.delete(key);
        Run renewed = load(LocalDate.of(2026, 11, 26), true, "renkei.new-survey-key=true");
        assertThat(renewed.exit()).as(renewed.err()).isZero();
        assertThat(key).exists();
        assertThat(DuckDbFiles.query(warehouse(), pseudonyms)).hasSameSizeAs(before).doesNotContainAnyElementsOf(before);
    }

    @Test
    void aNightWithTheSameInputPublishesTheWarehouseAgainWhenItsSchemaChanged() throws SQLException {
        // the published file of an older release: a comment its schema had then (a start migrates the working file only)
        try (Connection old = DriverManager.getConnection("jdbc:duckdb:" + warehouse());
             java.sql.Statement statement = old.createStatement()) {
            statement.execute("COMMENT ON TABLE dim_region IS 'an older release''s comment'");
        }

        Run night2 = load(DAY2);

        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(night2.log()).doesNotContain("warehouse.duckdb left as it was")
                .contains("warehouse.duckdb copied whole, as the published file cannot be reused: its schema differs "
                        + "from the working database's");
        assertThat(DuckDbFiles.query(warehouse(), "SELECT comment FROM duckdb_tables() WHERE table_name = 'dim_region'"))
                .doesNotContain(List.of("an older release's comment"));

        Run night3 = load(LocalDate.of(2026, 11, 26));
        assertThat(night3.log()).contains("warehouse.duckdb left as it was: no input file, no published row and no part "
                + "of the schema changed");
    }

    @Test
    void aSymbolicLinkOutOfTheInputFolderIsNotReadAndItsTargetNeverQuoted() throws IOException {
        Path secret = dir.resolve("secret.csv");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(input.resolve("indicators/δ1-c_医療介護連携_時系列 (9).csv"), secret);
        Run night2 = load(DAY2);
        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(night2.log()).contains("indicators/δ1-c_医療介護連携_時系列 (9).csv: a symbolic link to a file outside "
                + "the input folder; not read");
        assertThat(night2.out() + night2.err() + night2.log()).doesNotContain("root:x");
    }

    @Test
    void aSymbolicLinkOutOfTheInputFolderIsReadWhenTheSiteSaysSo() throws IOException {
        Path elsewhere = dir.resolve("downloads-disk/δ1-c_医療介護連携_時系列 (9).csv");
        Files.createDirectories(elsewhere.getParent());
        Files.writeString(elsewhere, read(CSV2, CP932).replace("158.4", "158.6"), CP932);
        Files.delete(input.resolve(CSV2));
        Files.createSymbolicLink(input.resolve(CSV2), elsewhere);
        Run night2 = load(DAY2, false, FOLLOW_LINKS_OUT);
        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(night2.log()).doesNotContain("a symbolic link to a file outside the input folder");
        assertThat(DuckDbFiles.query(warehouse(), GYODA_H29)).containsExactly(List.of("158.6"));
    }

    @Test
    void aFileNameWithALineBreakIsEscapedAndCannotForgeALogLine() throws IOException {
        Path forged = input.resolve("indicators/δ1-c_x\nrenkei: COMPLETED_時系列.csv");
        Files.writeString(forged, "not an export\n");
        Run night2 = load(DAY2);
        String everything = night2.out() + night2.err() + night2.log();
        assertThat(everything.lines()).noneMatch(line -> line.startsWith("renkei: COMPLETED"));
        assertThat(everything).contains("δ1-c_x\\nrenkei: COMPLETED_時系列.csv");
    }

    @Test
    void validateReportsAFailedDataCheckAsSuchNotAsAnUnreadableFile() {
        write(CSV2, read(CSV2, CP932).replace("158.4", "158.5"), CP932);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = NightlyLoad.validate(input, jp.renkei.input.InputInventory.scan(input).fingerprint(),
                    new RunLog(o, RunLog.Format.TEXT), new RunLog(e, RunLog.Format.TEXT), "renkei.check-rate-per100k-max=500");
        }
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("renkei: the data checks failed:\n  data checks failed");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "renkei validate: every file could be read, but a data check failed, 0 row(s) would be rejected");
    }

    @Test
    void aFailedDataCheckFailsTheLoadWithItsReportAndPublishesNothing() {
        Map<String, String> published = publishedFiles();
        write(CSV2, read(CSV2, CP932).replace("158.4", "158.5"), CP932);
        Run night2 = load(DAY2, false, "renkei.check-rate-per100k-max=500");
        assertThat(night2.exit()).isEqualTo(1);
        assertThat(night2.err()).isEqualTo(failedHeadline() + """

                  data checks failed, nothing was published:
                    rates per 100,000 lie between 0 and renkei.check-rate-per100k-max: 4 row(s) violate it
                """);
        assertThat(publishedFiles()).isEqualTo(published);
        assertThat(DuckDbFiles.query(warehouse(), GYODA_H29)).containsExactly(List.of("158.4"));
    }

    @Test
    void anAnalystKeepsReadingThePublishedWarehouseThroughALoadAndSeesTheNewDataAfterReconnecting() throws SQLException {
        write(CSV2, read(CSV2, CP932).replace("158.4", "160.0"), CP932);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection analyst = DriverManager.getConnection("jdbc:duckdb:" + warehouse(), readOnly)) {
            assertThat(value(analyst)).isEqualTo("158.4");
            Run night2 = load(DAY2);
            assertThat(night2.exit()).as(night2.err()).isZero();
            assertThat(value(analyst)).as("the open connection, after the publish").isEqualTo("158.4");
        }
        try (Connection reconnected = DriverManager.getConnection("jdbc:duckdb:" + warehouse(), readOnly)) {
            assertThat(value(reconnected)).isEqualTo("160.0");
        }
        assertThat(DuckDbFiles.query("SELECT snapshot_date::VARCHAR, published_text FROM read_parquet('"
                + output.resolve("parquet/indicator_values/*/*.parquet") + "', hive_partitioning = true) "
                + "WHERE indicator_id = 'δ1-c.入院時情報連携加算' AND region_code = '112062' AND period_label = 'H29年' ORDER BY 1"))
                .containsExactly(List.of("2026-11-24", "158.4"), List.of("2026-11-25", "160.0"));
    }

    @Test
    void aRegionalExportTakesItsYearFromTheFileName() {
        write("indicators/δ1-c_医療介護連携_2023_地域別.csv", """
                出力日：2024/09/01,,,
                指標,単位,行田市,埼玉県
                入院時情報連携加算,人（人口10万対）,150.2,－
                """, StandardCharsets.UTF_8);
        Run night2 = load(DAY2);
        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(DuckDbFiles.query(warehouse(), """
                SELECT region_name, period_label, fiscal_year, published_text, published_value, value_status, source_column
                FROM v_indicator_values WHERE period_label = '2023' ORDER BY region_code DESC"""))
                .containsExactly(List.of("行田市", "2023", "2023", "150.2", "150.2", "no_denominator", "C"),
                        Arrays.asList("埼玉県", "2023", "2023", "－", null, "missing", "D"));
    }

    @Test
    void aDamagedManifestFailsTheRowDropCheckInsteadOfPassingItAndNothingIsPublished() throws IOException {
        Path manifest = output.resolve("parquet/_manifest.json");
        Files.writeString(manifest, "{\"tables\": [");
        Map<String, String> published = publishedFiles();
        write(CSV2, read(CSV2, CP932).replace("158.4", "160.0"), CP932);
        Run night2 = load(DAY2);
        assertThat(night2.exit()).isEqualTo(1);
        assertThat(night2.err()).contains("data checks failed, nothing was published:\n    row drop: the published snapshot's "
                + manifest + " cannot be read (").contains("Restore it from a backup, or move " + manifest.getParent()
                + " aside to publish without that comparison");
        assertThat(publishedFiles()).isEqualTo(published);
    }

    @Test
    void olderSnapshotDaysAreRemovedOnlyAfterANewOneIsPublished() {
        assertThat(load(DAY2, false, "renkei.snapshot-retention-days=2").exit()).isZero();
        assertThat(load(LocalDate.of(2026, 11, 26), false, "renkei.snapshot-retention-days=2").exit()).isZero();
        try (var days = Files.list(output.resolve("parquet/indicator_values"))) {
            assertThat(days.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("snapshot_date=2026-11-25", "snapshot_date=2026-11-26");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNightWithNothingChangedLinksTheLastSnapshotInsteadOfWritingItAgain() throws IOException {
        String warehouseBefore = publishedFiles().get("warehouse.duckdb");
        var night2 = load(DAY2);
        assertThat(night2.exit()).isZero();
        assertThat(night2.log()).contains("regions and catalogue: skipped, no input file changed since the last load")
                .contains("population: skipped").contains("activities: skipped")
                .contains("data checks: skipped")
                .contains("[2/9] reference        COMPLETED read 0  loaded 0")
                .contains("[3/9] population       COMPLETED read 0  loaded 0");
        assertThat(publishedFiles().get("warehouse.duckdb")).as("nothing changed: the published file is left as it was")
                .isEqualTo(warehouseBefore);
        for (String table : List.of("indicator_values", "region_comparison", "population", "activities", "regions", "survey_results")) {
            assertThat(Files.isSameFile(part(table, DAY1), part(table, DAY2))).as(table).isTrue();
        }
        write(CSV2, read(CSV2, CP932).replace("158.4", "160.0"), CP932);
        LocalDate day3 = DAY2.plusDays(1);
        var night3 = load(day3);
        assertThat(night3.exit()).isZero();
        // one export changed: the sources that do not depend on it are not read again; population is (its denominators)
        assertThat(night3.log())
                .contains("regions and catalogue: skipped, no file of reference/ changed since the last load")
                .contains("activities: skipped, no file of reference/ or activities/ changed since the last load")
                .contains("[2/9] reference        COMPLETED read 0  loaded 0")
                .doesNotContain("population: skipped").doesNotContain("data checks: skipped");
        assertThat(Files.isSameFile(part("indicator_values", DAY2), part("indicator_values", day3))).isFalse();
        assertThat(publishedFiles().get("warehouse.duckdb")).isNotEqualTo(warehouseBefore);
        assertThat(DuckDbFiles.query(warehouse(), GYODA_H29)).containsExactly(List.of("160.0"));
        assertThat(Files.isSameFile(part("regions", DAY2), part("regions", day3))).isTrue();
        assertThat(DuckDbFiles.query("SELECT snapshot_date::VARCHAR, count(*) FROM read_parquet('"
                + output.resolve("parquet/indicator_values/*/*.parquet") + "', hive_partitioning = true) GROUP BY 1 ORDER BY 1"))
                .containsExactly(List.of("2026-11-24", "32"), List.of("2026-11-25", "32"), List.of("2026-11-26", "32"));
    }

    @Test
    void aNightWithNothingChangedReissuesTheLastReportWithItsOwnCoverAsAFullRenderWouldWriteIt() throws IOException {
        Path day1 = output.resolve("report/snapshot_date=" + DAY1);
        Path day2 = output.resolve("report/snapshot_date=" + DAY2);
        assertThat(Files.readString(day1.resolve(".report.json"))).contains("\"reissuedFrom\" : null");
        // the same night on a copy whose report says another build made it: rendered from the warehouse instead
        Path rendered = dir.resolve("rendered");
        jp.renkei.testsupport.SampleInput.copyTree(output, rendered);
        Path stamp = rendered.resolve("report/snapshot_date=" + DAY1 + "/.report.json");
        Files.writeString(stamp, Files.readString(stamp).replaceFirst("\"renderer\" : \"[0-9a-f]+\"", "\"renderer\" : \"another build\""));

        Run reissued = load(DAY2);
        Path kept = output;
        output = rendered;
        Run renderedNight = load(DAY2);
        output = kept;

        assertThat(reissued.exit()).as(reissued.err()).isZero();
        assertThat(renderedNight.exit()).as(renderedNight.err()).isZero();
        assertThat(reissued.log()).contains("re-issued the report of snapshot_date=2026-11-24 with a new cover, as no "
                + "published row changed, in ").doesNotContain("wrote report/index.html");
        assertThat(renderedNight.log()).contains("wrote report/index.html and report.xlsx in ").doesNotContain("re-issued");
        Path fresh = rendered.resolve("report/snapshot_date=" + DAY2);
        assertThat(Files.readAllBytes(day2.resolve("index.html"))).as("the page, byte for byte")
                .isEqualTo(Files.readAllBytes(fresh.resolve("index.html")));
        assertThat(Files.readString(day2.resolve("index.html"))).contains("<dd class=\"snapshot-date\">2026年11月25日</dd>")
                .contains("<dd class=\"load-id\">" + jp.renkei.input.InputInventory.scan(input).loadId(DAY2) + "</dd>");
        // the workbook: every part as the full render's but the time it was written
        Map<String, String> parts = xlsxParts(day2.resolve("report.xlsx"));
        assertThat(parts).containsKey("docProps/core.xml").hasSize(xlsxParts(fresh.resolve("report.xlsx")).size());
        parts.remove("docProps/core.xml");
        Map<String, String> freshParts = xlsxParts(fresh.resolve("report.xlsx"));
        freshParts.remove("docProps/core.xml");
        assertThat(parts).isEqualTo(freshParts);
        // 2026年11月25日, as the workbook's writer escapes it
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<t>2026&#x5e74;11&#x6708;25&#x65e5;</t>")
                .doesNotContain("2026&#x5e74;11&#x6708;24&#x65e5;");
        assertThat(Files.readString(day2.resolve(".report.json"))).contains("\"reissuedFrom\" : \"snapshot_date=2026-11-24\"")
                .isEqualTo(Files.readString(fresh.resolve(".report.json")).replace("\"reissuedFrom\" : null",
                        "\"reissuedFrom\" : \"snapshot_date=2026-11-24\""));
        assertThat(Files.readAllBytes(output.resolve("report/index.html"))).isEqualTo(Files.readAllBytes(day2.resolve("index.html")));

        // a changed export: the report is rendered again
        write(CSV2, read(CSV2, CP932).replace("158.4", "160.0"), CP932);
        Run night3 = load(DAY2.plusDays(1));
        assertThat(night3.exit()).as(night3.err()).isZero();
        assertThat(night3.log()).contains("wrote report/index.html and report.xlsx in ").doesNotContain("re-issued");
        assertThat(Files.readString(output.resolve("report/snapshot_date=2026-11-26/.report.json")))
                .contains("\"reissuedFrom\" : null");
    }

    @Test
    void theLoadTakesTheCommandLinesInventoryAndAFileChangedSinceIsFoundBeforeAnythingIsPublished() {
        jp.renkei.input.InputInventory scanned = jp.renkei.input.InputInventory.scan(input);
        Map<String, String> published = publishedFiles();
        write(CSV2, read(CSV2, CP932).replace("158.4", "160.0"), CP932); // the same size, other bytes

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = NightlyLoad.run(scanned, output, DAY2, false, new RunLog(o, RunLog.Format.TEXT),
                    new RunLog(e, RunLog.Format.TEXT));
        }

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isEqualTo(1);
        assertThat(said).contains(CSV2 + ": the file changed while the load was reading it").doesNotContain("\tat ");
        assertThat(publishedFiles()).isEqualTo(published);
        Run next = load(DAY2);
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(DuckDbFiles.query(warehouse(), GYODA_H29)).containsExactly(List.of("160.0"));
    }

    /** Each part of a workbook (a zip), as text, by name. */
    private static Map<String, String> xlsxParts(Path xlsx) throws IOException {
        Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    /** The table's file for the day; of a table written one file per export, the δ1-c export's (CSV2's). */
    private Path part(String table, LocalDate day) {
        String file = SnapshotTables.PARTITIONED.containsKey(table) ? "part-δ1-c.parquet" : "part-00000.parquet";
        return output.resolve("parquet/" + table + "/snapshot_date=" + day + "/" + file);
    }

    private static String value(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(GYODA_H29)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void deleteInput(String file) {
        try {
            Files.delete(input.resolve(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
