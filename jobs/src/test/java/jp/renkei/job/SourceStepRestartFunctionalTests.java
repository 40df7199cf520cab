package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kill -9} of a real load between two commits of a source's chunk step (reference, population, activities),
 * then the same load again: the step resumes after its last committed chunk, counts every row once over both runs,
 * and the warehouse equals that of one clean run.
 */
class SourceStepRestartFunctionalTests {

    static final String RUN_DATE = "2026-11-24";
    /** Chunks of two items, so that every source's step commits several times. */
    static final Map<String, String> SMALL_CHUNKS = Map.of("RENKEI_CHUNK_SIZE", "2");

    @TempDir
    static Path dir;
    static Path input;
    static String clean;

    @BeforeAll
    static void oneCleanRun() throws Exception {
        input = dir.resolve("input");
        new InputGenerator(new GeneratorSettings(7, 12, 2, 2, 0, 1), line -> { }).generate(input);
        LoadProcess run = LoadProcess.load(input, dir.resolve("clean"), RUN_DATE, null, SMALL_CHUNKS);
        assertThat(run.finish()).as(run.output()).isZero();
        clean = run.output();
    }

    @ParameterizedTest(name = "killed inside the {0} step")
    @ValueSource(strings = {"reference", "population", "activities"})
    void aLoadKilledBetweenTwoChunksOfASourceResumesAndEqualsOneCleanRun(String step) throws Exception {
        Path output = dir.resolve("killed-in-" + step);
        String point = "chunk:" + step + ":3";
        LoadProcess killed = LoadProcess.load(input, output, RUN_DATE, point, SMALL_CHUNKS);
        killed.awaitStop(point); // two chunks committed
        killed.kill9();

        LoadProcess again = LoadProcess.load(input, output, RUN_DATE, null, SMALL_CHUNKS);
        assertThat(again.finish()).as(again.output()).isZero();
        assertThat(again.output()).contains("renkei: recovering the load that stopped unexpectedly");
        Matcher before = stepLine(step).matcher(clean);
        Matcher after = stepLine(step).matcher(again.output());
        assertThat(before.find()).as(clean).isTrue();
        assertThat(after.find()).as(again.output()).isTrue();
        assertThat(number(after.group(1))).as("rows read after the restart").isLessThan(number(before.group(1)));
        assertThat(after.group(2)).as("rows loaded, over both runs").isEqualTo(before.group(2));
        assertThat(after.group(3)).as("rows rejected, over both runs").isEqualTo(before.group(3));

        assertThat(DuckDbFiles.contentOf(output.resolve("warehouse.duckdb")))
                .isEqualTo(DuckDbFiles.contentOf(dir.resolve("clean/warehouse.duckdb")));
    }

    private static Pattern stepLine(String step) {
        return Pattern.compile("\\] " + step + " +COMPLETED read ([0-9,]+) +loaded ([0-9,]+) +rejected ([0-9,]+)");
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }
}
