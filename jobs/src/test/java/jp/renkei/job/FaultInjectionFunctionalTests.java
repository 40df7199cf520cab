package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.input.Fingerprints;
import jp.renkei.input.InputInventory;
import jp.renkei.testsupport.DuckDbFiles;
import jp.renkei.testsupport.SampleInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An operator's bad night, with real processes and real files: a kill at each step of the publish switch-over, a
 * published file that cannot be replaced, a full disk, SIGTERM, the same day's input loaded A-B-A, a failed load
 * resumed after another one, an export appended to while the load reads it. After each, the published output
 * (warehouse.duckdb, parquet/, rejects/) is byte for byte what it was, or wholly the new load's; and the next good
 * load converges on what a clean run publishes.
 */
class FaultInjectionFunctionalTests {

    static final String DAY1 = "2026-11-24";
    static final String DAY2 = "2026-11-25";
    static final Charset CP932 = Charset.forName("windows-31j");
    static final String CSV2 = "indicators/δ1-c_医療介護連携_時系列 (2).csv";
    static final String GYODA_H29 = "SELECT published_text FROM v_indicator_values WHERE indicator_id = 'δ1-c.入院時情報連携加算' "
            + "AND region_code = '112062' AND period_label = 'H29年'";
    static final List<String> TABLES = List.of("indicator_values", "region_comparison", "population", "activities", "regions",
            "survey_results");

    @TempDir
    static Path dir;
    /** The sample; B: the sample with one value of CSV2 changed; C: another value. */
    static Path inputA;
    static Path inputB;
    static Path inputC;
    /** The output after a good load of A on DAY1, copied for each case. */
    static Path afterA;
    /** A on DAY1, then B on DAY2, each loaded cleanly: what "wholly B" means. */
    static Path reference;

    @BeforeAll
    static void goodLoads() throws IOException {
        inputA = dir.resolve("input-a");
        SampleInput.copyTree(Path.of("input"), inputA);
        inputB = variant("input-b", "160.0");
        inputC = variant("input-c", "170.0");
        afterA = dir.resolve("after-a");
        assertThat(load(inputA, afterA, DAY1).exit()).isZero();
        reference = copyOutput(afterA, "reference");
        assertThat(load(inputB, reference, DAY2).exit()).isZero();
        assertThat(DuckDbFiles.query(reference.resolve("warehouse.duckdb"), GYODA_H29)).containsExactly(List.of("160.0"));
    }

    static Path variant(String name, String value) throws IOException {
        Path input = dir.resolve(name);
        SampleInput.copyTree(Path.of("input"), input);
        Path csv = input.resolve(CSV2);
        Files.writeString(csv, Files.readString(csv, CP932).replace("158.4", value), CP932);
        return input;
    }

    @ParameterizedTest(name = "kill -9 at {0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            step:publish                                                   | 2026-11-25 | before
            publish:staged                                                 | 2026-11-25 | before
            switch:journal                                                 | 2026-11-25 | before
            switch:parquet/_SUCCESS:removed                                | 2026-11-25 | before
            switch:parquet/indicator_values/snapshot_date=2026-11-25:in    | 2026-11-25 | before
            switch:parquet/indicator_values/snapshot_date=2026-11-24:aside | 2026-11-24 | before
            switch:parquet/survey_results/snapshot_date=2026-11-24:in      | 2026-11-24 | before
            switch:warehouse.duckdb:aside                                  | 2026-11-25 | before
            switch:warehouse.duckdb:in                                     | 2026-11-25 | before
            switch:rejects:in                                              | 2026-11-25 | before
            switch:parquet/_manifest.json:in                               | 2026-11-25 | before
            switch:parquet/_SUCCESS:in                                     | 2026-11-25 | before
            switch:committed                                               | 2026-11-25 | new
            """)
    void aKillAtAnyStepOfTheSwitchOverIsRolledBackOrForwardAtTheNextStart(String point, String runDate, String expected)
            throws Exception {
        Path output = copyOutput(afterA, "kill-" + Math.abs(point.hashCode()));
        Map<String, String> before = published(output);

        LoadProcess killed = LoadProcess.load(inputB, output, runDate, point, Map.of());
        killed.awaitStop(point);
        killed.kill9();

        // the next start, stopped where its publish begins: the switch-over has been recovered by then
        LoadProcess next = LoadProcess.load(inputB, output, runDate, "step:publish", Map.of());
        next.awaitStop("step:publish");
        if (expected.equals("before")) {
            assertThat(published(output)).as("rolled back").isEqualTo(before);
            if (point.startsWith("switch:")) {
                assertThat(next.output()).contains("renkei: the last publish was interrupted during its switch-over; "
                        + "the previous output was put back");
            }
        } else {
            assertThat(next.output()).contains("renkei: the last publish was interrupted after it had switched everything over");
            assertWhollyB(output, runDate);
        }
        assertThat(output.resolve(".publish-journal.json")).doesNotExist();
        next.carryOn();
        assertThat(next.finish()).as(next.output()).isZero();
        assertWhollyB(output, runDate);
    }

    @Test
    void aPublishedFileThatCannotBeReplacedFailsTheLoadAndLeavesEveryPublishedFileAsItWas() throws Exception {
        Path output = copyOutput(afterA, "immutable");
        Map<String, String> before = published(output);
        Path warehouse = output.resolve("warehouse.duckdb");
        assumeTrue(chattr("+i", warehouse), "chattr +i is not available here (needs root and ext4/tmpfs): case skipped");
        Run failed;
        try {
            failed = load(inputB, output, DAY2);
        } finally {
            chattr("-i", warehouse);
        }
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).startsWith("renkei: the load failed and published nothing; readers still see the load "
                + "published for 2026-11-24 (load " + loadId(inputA, DAY1) + "): warehouse.duckdb, parquet/ and rejects/ as they were.\n"
                + "  cannot replace " + warehouse.toAbsolutePath());
        assertThat(failed.err()).doesNotContain("\tat ");
        assertThat(published(output)).isEqualTo(before);

        Run next = load(inputB, output, DAY2);
        assertThat(next.exit()).as(next.err()).isZero();
        assertWhollyB(output, DAY2);
    }

    @ParameterizedTest(name = "the disk fills at {0}")
    @ValueSource(strings = {"step:indicators", "step:publish"})
    void aFullDiskSaysSoWithThePathLeavesThePublishedOutputAndTheNextLoadConverges(String point) throws Exception {
        Path disk = dir.resolve("disk-" + point.substring(5));
        Files.createDirectories(disk);
        assumeTrue(mountTmpfs(disk, "96m"), "cannot mount a tmpfs at " + disk + " (needs root): the disk-full cases are skipped");
        try {
            Path output = disk.resolve("output");
            SampleInput.copyTree(afterA, output);
            Map<String, String> before = published(output);

            LoadProcess process = LoadProcess.load(inputB, output, DAY2, point, Map.of());
            process.awaitStop(point);
            Path ballast = fill(disk);
            process.carryOn();
            assertThat(process.finish()).as(process.output()).isEqualTo(1);
            assertThat(process.output()).contains("renkei: the load failed and published nothing; readers still see the load "
                    + "published for 2026-11-24").contains("no space left on device: " + disk.toAbsolutePath());
            assertThat(process.output()).doesNotContain("\tat ").doesNotContain("no transaction is active");
            assertThat(published(output)).isEqualTo(before);

            Files.delete(ballast);
            Run next = load(inputB, output, DAY2); // the failed process has ended: the next load needs no JVM of its own
            assertThat(next.exit()).as(next.err()).isZero();
            assertWhollyB(output, DAY2);
            Run again = load(inputB, output, DAY2);
            assertThat(again.out()).contains("renkei: this input was already loaded for 2026-11-25; nothing to do");
        } finally {
            unmount(disk);
        }
    }

    @Test
    void theSameDaysInputLoadedABAPublishesAAgainAndOnlyThenSaysNothingToDo() throws Exception {
        Path output = copyOutput(afterA, "aba");
        Map<String, String> a = published(output);
        List<String> aContent = DuckDbFiles.query(output.resolve("warehouse.duckdb"), "SELECT * FROM v_indicator_values ORDER BY ALL")
                .stream().map(String::valueOf).toList();

        assertThat(load(inputB, output, DAY1).exit()).isZero();
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"), GYODA_H29)).containsExactly(List.of("160.0"));

        Run again = load(inputA, output, DAY1);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("nothing to do")
                .contains("renkei: this input was loaded for 2026-11-24 before, but what is published now is another load's; "
                        + "loading it again");
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"), GYODA_H29)).containsExactly(List.of("158.4"));
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"), "SELECT * FROM v_indicator_values ORDER BY ALL")
                .stream().map(String::valueOf).toList()).isEqualTo(aContent);
        assertThat(manifestLoadId(output)).isEqualTo(loadId(inputA, DAY1));
        for (String table : TABLES) {
            assertThat(snapshot(output, table, DAY1)).as(table).isEqualTo(snapshot(afterA, table, DAY1));
        }
        assertThat(published(output).keySet()).isEqualTo(a.keySet());

        Run third = load(inputA, output, DAY1);
        assertThat(third.out()).contains("renkei: this input was already loaded for 2026-11-24; nothing to do");
    }

    @Test
    void aFailedLoadRunAgainAfterAnotherLoadIsLoadedFromTheStartAndPublishesOnlyItsOwnData() throws Exception {
        Path output = copyOutput(afterA, "resumed");
        LoadProcess b = LoadProcess.load(inputB, output, DAY2, "step:publish", Map.of());
        b.awaitStop("step:publish");
        b.kill9();

        Run c = load(inputC, output, DAY2);
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"), GYODA_H29)).containsExactly(List.of("170.0"));

        Run resumed = load(inputB, output, DAY2);
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("renkei: another load ran since this one stopped")
                .contains("it is loaded again from the start, not resumed");
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"), GYODA_H29)).containsExactly(List.of("160.0"));
        assertThat(manifestLoadId(output)).isEqualTo(loadId(inputB, DAY2));
        for (String table : TABLES) {
            assertThat(snapshot(output, table, DAY2)).as(table).isEqualTo(snapshot(reference, table, DAY2));
        }
    }

    @Test
    void anExportAppendedToDuringTheLoadFailsItWithAMessageAndTheNextLoadFingerprintsWhatItRead() throws Exception {
        Path input = dir.resolve("input-appended");
        SampleInput.copyTree(inputB, input);
        Path output = copyOutput(afterA, "appended");
        Map<String, String> before = published(output);

        LoadProcess process = LoadProcess.load(input, output, DAY2, "step:indicators", Map.of());
        process.awaitStop("step:indicators");
        Files.write(input.resolve(CSV2), "川越市,入院時情報連携加算,人（人口10万対）,1,2,3,4,5\r\n".getBytes(CP932),
                StandardOpenOption.APPEND);
        process.carryOn();
        assertThat(process.finish()).as(process.output()).isEqualTo(1);
        assertThat(process.output()).contains("  " + CSV2 + ": the file changed while the load was reading it: found \"")
                .doesNotContain("\tat ");
        assertThat(published(output)).isEqualTo(before);

        Run next = load(input, output, DAY2);
        assertThat(next.exit()).as(next.err()).isZero();
        String sha = Fingerprints.sha256Hex(input.resolve(CSV2));
        assertThat(DuckDbFiles.query("SELECT f.sha256, f.size FROM (SELECT unnest(input_files) AS f FROM read_json('"
                + output.resolve("parquet/_manifest.json") + "')) WHERE f.path = '" + CSV2 + "'"))
                .containsExactly(List.of(sha, String.valueOf(Files.size(input.resolve(CSV2)))));
    }

    @Test
    void sigtermDuringThePublishLetsItFinishAndTheLoadEndsWithItsOwnStatus() throws Exception {
        Path output = copyOutput(afterA, "sigterm-publish");
        LoadProcess load = LoadProcess.load(inputB, output, DAY2, "step:publish", Map.of());
        load.awaitStop("step:publish");
        load.terminate();
        load.carryOn();
        assertThat(load.finish()).as(load.output()).isZero();
        assertThat(load.output()).contains("renkei: load completed; published ").doesNotContain("STOPPED");
        assertWhollyB(output, DAY2);
    }

    @Test
    void sigtermStopsTheLoadAfterItsLastChunkAsStoppedAndTheSameLoadResumes() throws Exception {
        Path input = dir.resolve("input-generated");
        new InputGenerator(new GeneratorSettings(7, 200, 20, 10, 0.1, 1), line -> { }).generate(input);
        Path output = dir.resolve("sigterm");
        Map<String, String> smallChunks = Map.of("RENKEI_CHUNK_SIZE", "2000", "RENKEI_PROGRESS_EVERY_ROWS", "4000");
        LoadProcess load = LoadProcess.load(input, output, DAY1, null, smallChunks);
        load.awaitLine("indicators: 8,000 read");
        load.terminate();
        assertThat(load.finish()).as(load.output()).isEqualTo(ExitCode.STOPPED);
        assertThat(load.output()).contains("renkei: the load was stopped (execution ")
                .contains(", status STOPPED) after its last committed chunk; nothing was published: nothing had been published in "
                        + output + " before, and nothing is now. Run the same load again to resume it.")
                .doesNotContain("HikariDataSource").doesNotContain("has been closed").doesNotContain("\tat ");
        assertThat(output.resolve("warehouse.duckdb")).doesNotExist();

        ByteArrayOutputStream runs = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(runs, true, StandardCharsets.UTF_8)); // `runs` prints there; the stopped load has ended
        int runsExit;
        try {
            runsExit = jp.renkei.cli.RenkeiCommand.commandLine().execute("runs", "--output", output.toString());
        } finally {
            System.setOut(console);
        }
        assertThat(runsExit).isZero();
        assertThat(runs.toString(StandardCharsets.UTF_8).lines().filter(l -> l.matches("\\d+ +2026-11-24 .*"))).singleElement().asString().contains("STOPPED");

        LoadProcess again = LoadProcess.load(input, output, DAY1, null, smallChunks);
        assertThat(again.finish()).as(again.output()).isZero();
        Matcher read = Pattern.compile("\\[4/9] indicators +COMPLETED read ([0-9,]+)").matcher(again.output());
        assertThat(read.find()).as(again.output()).isTrue();
        assertThat(Integer.parseInt(read.group(1).replace(",", ""))).as("cells read after the restart").isLessThan(49_600 - 8_000 + 1);
        assertThat(DuckDbFiles.query("SELECT count(*) FROM read_parquet('" + output.resolve("parquet/indicator_values/*/*.parquet")
                + "')")).containsExactly(List.of("49600"));
    }

    // --- what is published, and what "wholly B" is

    /** SHA-256 of warehouse.duckdb and of every file under parquet/ and rejects/, by relative path. */
    static Map<String, String> published(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        files.put("warehouse.duckdb", Fingerprints.sha256Hex(output.resolve("warehouse.duckdb")));
        for (String dirName : List.of("parquet", "rejects")) {
            if (!Files.isDirectory(output.resolve(dirName))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(output.resolve(dirName))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(output.relativize(p).toString(), Fingerprints.sha256Hex(p));
                }
            }
        }
        return files;
    }

    /** The published output is B's load of that day, whole: warehouse, every snapshot table, manifest, rejects. */
    static void assertWhollyB(Path output, String runDate) throws IOException {
        Path clean = runDate.equals(DAY2) ? reference : cleanBOnDay1();
        assertThat(manifestLoadId(output)).isEqualTo(loadId(inputB, runDate));
        assertThat(DuckDbFiles.contentOf(output.resolve("warehouse.duckdb")))
                .isEqualTo(DuckDbFiles.contentOf(clean.resolve("warehouse.duckdb")));
        for (String table : TABLES) {
            assertThat(snapshot(output, table, runDate)).as(table).isEqualTo(snapshot(clean, table, runDate));
        }
        Map<String, String> ours = published(output);
        Map<String, String> theirs = published(clean);
        ours.keySet().removeIf(k -> !k.startsWith("rejects"));
        theirs.keySet().removeIf(k -> !k.startsWith("rejects"));
        assertThat(ours).isEqualTo(theirs);
        assertThat(output.resolve("parquet/_SUCCESS")).exists();
    }

    private static Path cleanBOnDay1;

    static synchronized Path cleanBOnDay1() throws IOException {
        if (cleanBOnDay1 == null) {
            cleanBOnDay1 = copyOutput(afterA, "clean-b-day1");
            assertThat(load(inputB, cleanBOnDay1, DAY1).exit()).isZero();
        }
        return cleanBOnDay1;
    }

    static List<List<String>> snapshot(Path output, String table, String day) {
        Path files = output.resolve("parquet/" + table + "/snapshot_date=" + day + "/*.parquet");
        return DuckDbFiles.query("SELECT * FROM read_parquet('" + files + "') ORDER BY ALL");
    }

    static String manifestLoadId(Path output) {
        return DuckDbFiles.query("SELECT load_id FROM read_json('" + output.resolve("parquet/_manifest.json") + "')").get(0).get(0);
    }

    static String loadId(Path input, String day) {
        return InputInventory.scan(input).loadId(LocalDate.parse(day));
    }

    // --- loads in this JVM, and the machine

    record Run(int exit, String out, String err) {
    }

    static Run load(Path input, Path output, String day) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = NightlyLoad.run(input, output, LocalDate.parse(day), InputInventory.scan(input).fingerprint(), false, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static Path copyOutput(Path from, String name) throws IOException {
        Path to = dir.resolve(name);
        SampleInput.copyTree(from, to);
        return to;
    }

    static boolean chattr(String flag, Path file) {
        return run("chattr", flag, file.toString()) == 0;
    }

    static boolean mountTmpfs(Path at, String size) {
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()) == 0;
    }

    static void unmount(Path at) {
        run("umount", "-l", at.toString());
    }

    /** Writes a ballast file until the file system is full; returns it. */
    static Path fill(Path disk) throws IOException {
        Path ballast = disk.resolve("ballast");
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // full
        }
        try (OutputStream out = Files.newOutputStream(disk.resolve("ballast-tail"))) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // full to the byte
        }
        assertThat(Files.getFileStore(disk).getUsableSpace()).isLessThan(64 * 1024);
        return ballast;
    }

    static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @AfterAll
    static void noMountLeftBehind() {
        for (String point : List.of("indicators", "publish")) {
            unmount(dir.resolve("disk-" + point));
        }
    }
}
