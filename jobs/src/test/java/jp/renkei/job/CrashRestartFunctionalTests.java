package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.renkei.config.JvmFlags;
import jp.renkei.RenkeiMain;
import jp.renkei.generate.GeneratorManifest;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.testsupport.ChildJvm;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kill -9} of a real load process at different moments, then {@code load} again: the published
 * warehouse and snapshot must equal those of one clean run, and a restart after a crash inside the
 * 見える化 step resumes after its last committed chunk.
 */
class CrashRestartFunctionalTests {

    static final String RUN_DATE = "2026-11-24";
    static final int CELLS = 49_600;

    @TempDir
    static Path dir;
    static Path input;
    static Path clean;

    @BeforeAll
    static void oneCleanRun() throws Exception {
        input = dir.resolve("input");
        GeneratorManifest manifest = new InputGenerator(new GeneratorSettings(7, 200, 20, 10, 0.1, 1), line -> { })
                .generate(input);
        assertThat(manifest.indicatorValues()).isEqualTo(CELLS);
        clean = dir.resolve("clean");
        Load run = Load.start(clean);
        assertThat(run.finish()).as(run.output()).isZero();
    }

    @ParameterizedTest(name = "killed after \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            [1/9] prepare         | early, before anything was loaded
            indicators: 8,000 read | inside the 見える化 step, after some chunks were committed
            [8/9] checks          | during the publish
            """)
    void aLoadKilledAtAnyMomentAndLoadedAgainEqualsOneCleanRun(String trigger, String moment) throws Exception {
        Path output = dir.resolve("crash-" + Math.abs(trigger.hashCode()));
        Load killed = Load.start(output);
        killed.killAfter(trigger);

        Load restart = Load.start(output);
        assertThat(restart.finish()).as(restart.output()).isZero();
        assertThat(restart.output()).as(moment).contains("renkei: recovering the load that stopped unexpectedly");
        if (trigger.startsWith("indicators")) {
            Matcher read = Pattern.compile("\\[4/9] indicators +COMPLETED read ([0-9,]+)").matcher(restart.output());
            assertThat(read.find()).isTrue();
            assertThat(Integer.parseInt(read.group(1).replace(",", ""))).as("cells read after the restart")
                    .isLessThan(CELLS - 8_000 + 1);
        }

        assertThat(DuckDbFiles.contentOf(output.resolve("warehouse.duckdb")))
                .isEqualTo(DuckDbFiles.contentOf(clean.resolve("warehouse.duckdb")));
        for (String table : List.of("indicator_values", "population", "regions")) {
            assertThat(snapshot(output, table)).as(table).isEqualTo(snapshot(clean, table));
        }
        assertThat(snapshot(output, "indicator_values")).hasSize(CELLS);
    }

    /**
     * The 見える化 step runs its partitions (ranges of exports) on two threads. Killed while partitions are
     * half-read, the same load resumes each where its last chunk committed and does not read a completed one again:
     * the cells read before the kill (as committed) and after it add up to the cells of the input exactly, the step
     * counts every cell loaded once, and the warehouse equals a clean run's.
     */
    @Test
    void aKillInsideTheParallelStepResumesEveryPartitionWithoutLossOrDuplicate() throws Exception {
        Path output = dir.resolve("crash-parallel");
        Load killed = Load.start(output);
        killed.killAfter("indicators: 8,000 read");
        Path work = output.resolve("work/warehouse.duckdb");
        String partitions = """
                SELECT s.status, s.read_count, s.commit_count FROM batch_step_execution s
                WHERE s.step_name LIKE 'indicators:%%' AND s.job_execution_id = (SELECT %s(job_execution_id) FROM batch_job_execution)
                ORDER BY s.step_name""";
        List<List<String>> atKill = DuckDbFiles.query(work, partitions.formatted("max"));
        assertThat(atKill).as("partitions: ranges of the exports, a few per thread").hasSize(8);
        assertThat(atKill.stream().filter(p -> Integer.parseInt(p.get(2)) > 0)).as("partitions with committed chunks")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(atKill.stream().filter(p -> !p.get(0).equals("COMPLETED"))).as("killed mid-step").isNotEmpty();
        long committedBefore = atKill.stream().mapToLong(p -> Long.parseLong(p.get(1))).sum();

        Load restart = Load.start(output);
        assertThat(restart.finish()).as(restart.output()).isZero();
        Matcher step = Pattern.compile("\\[4/9] indicators +COMPLETED read ([0-9,]+) +loaded ([0-9,]+) +rejected 0")
                .matcher(restart.output());
        assertThat(step.find()).as(restart.output()).isTrue();
        long readAfter = Long.parseLong(step.group(1).replace(",", ""));
        assertThat(committedBefore + readAfter).as("cells read before the kill (committed) and after it").isEqualTo(CELLS);
        assertThat(step.group(2)).as("cells loaded by the step, over both runs").isEqualTo("49,600");
        List<List<String>> resumed = DuckDbFiles.query(work, partitions.formatted("max"));
        assertThat(resumed).as("only the partitions not completed before run again")
                .hasSize((int) atKill.stream().filter(p -> !p.get(0).equals("COMPLETED")).count())
                .allSatisfy(p -> assertThat(p.get(0)).isEqualTo("COMPLETED"));

        assertThat(DuckDbFiles.contentOf(output.resolve("warehouse.duckdb")))
                .isEqualTo(DuckDbFiles.contentOf(clean.resolve("warehouse.duckdb")));
        assertThat(snapshot(output, "indicator_values")).hasSize(CELLS).isEqualTo(snapshot(clean, "indicator_values"));
    }

    private static List<List<String>> snapshot(Path output, String table) {
        return DuckDbFiles.query("SELECT * FROM read_parquet('" + output.resolve("parquet/" + table + "/*/*.parquet")
                + "', hive_partitioning = true) ORDER BY ALL");
    }

    /** `renkei load` in its own JVM, as cron would start it, with small chunks so that a kill lands between commits. */
    record Load(Process process, StringBuilder lines) {

        static Load start(Path output) throws IOException {
            String classPath = ChildJvm.testClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
            command.addAll(JvmFlags.required());
            command.addAll(LoadProcess.SHORT_LIVED);
            command.addAll(List.of("-Xmx512m", "-cp", classPath, RenkeiMain.class.getName(),
                    "load", "--input", input.toString(), "--output", output.toString(), "--run-date", RUN_DATE));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("RENKEI_CHUNK_SIZE", "2000");
            pb.environment().put("RENKEI_PROGRESS_EVERY_ROWS", "4000");
            return new Load(pb.start(), new StringBuilder());
        }

        /** Reads the output until {@code trigger} appears, then SIGKILL. */
        void killAfter(String trigger) throws Exception {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null; ) {
                lines.append(line).append('\n');
                if (line.contains(trigger)) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no cleanup
                    break;
                }
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lines.toString()).contains(trigger);
            assertThat(process.exitValue()).as("killed, not finished").isEqualTo(137);
        }

        int finish() throws Exception {
            lines.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        }

        String output() {
            return lines.toString();
        }
    }
}
