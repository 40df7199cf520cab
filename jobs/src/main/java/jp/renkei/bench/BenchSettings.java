package jp.renkei.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.renkei.generate.GeneratorSettings;

/**
 * One benchmark run: where it writes, the input it generates (or reuses), and the limits every child gets.
 *
 * @param output           results go to {@code output/bench-<timestamp>.json} and {@code output/latest.json};
 *                         the generated input, the children's work folders and logs below it
 * @param generator        size and seed of the generated input
 * @param sampleRows       cells the usual approach writes before its time is extrapolated
 * @param maxHeap          {@code -Xmx} of every child JVM
 * @param duckdbMemory     DuckDB memory_limit in every child
 * @param duckdbThreads    DuckDB threads in every child
 * @param chunkSize        rows per chunk of the usual approach (renkei's own default)
 * @param runDate          the full load's run date; the nightly re-run is the next day
 * @param helpRuns         how many times {@code --help} is timed (the median is reported)
 * @param childTimeoutSeconds a child that takes longer is killed and the benchmark fails
 */
public record BenchSettings(Path output, GeneratorSettings generator, long sampleRows, String maxHeap,
                            String duckdbMemory, int duckdbThreads, int chunkSize, LocalDate runDate, int helpRuns,
                            long childTimeoutSeconds) {

    /** input-1741x200x20-seed1-xlsx0.1-survey100000x40; without the survey part when there is no survey. */
    public Path inputDir() {
        GeneratorSettings g = generator;
        String survey = g.hasSurvey() ? String.format("-survey%dx%d", g.surveyRespondents(), g.surveyQuestions()) : "";
        return output.resolve(String.format("input-%dx%dx%d-seed%d-xlsx%s%s", g.municipalities(), g.indicators(), g.years(),
                g.seed(), Double.toString(g.xlsxShare()), survey));
    }

    public Path workDir() {
        return output.resolve("work");
    }
}
