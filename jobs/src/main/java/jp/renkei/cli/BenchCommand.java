package jp.renkei.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.renkei.bench.BenchSettings;
import jp.renkei.bench.Benchmark;
import jp.renkei.bench.FloorRun;
import jp.renkei.bench.JavaLauncher;
import jp.renkei.bench.ParquetRun;
import jp.renkei.bench.UsualRun;
import jp.renkei.config.RenkeiProperties;
import jp.renkei.generate.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code renkei bench}: renkei's load against DuckDB's floor and the usual JdbcBatchItemWriter approach. No Spring here. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {FloorRun.class, UsualRun.class, ParquetRun.class},
        description = {"Benchmarks the load on one generated input (generated, or reused when its manifest matches). "
                + "Each contender runs in a child JVM of its own, timed and its peak RSS read from the OS: renkei's full "
                + "load; the nightly re-run (next run date, nothing changed); the council report (`renkei report` for "
                + "112062, which the input holds from 349 municipalities: under 10 s, peak RSS within the load's 1.5 GiB); the floor (DuckDB read_csv of the same "
                + "data decoded to UTF-8, then COPY TO Parquet); Parquet writing (renkei's writer against DuckDB's "
                + "COPY TO on the same rows: the snapshot's two national-size tables); the usual approach (the "
                + "indicators step writing through JdbcBatchItemWriter, on --sample-rows rows, extrapolated); "
                + "and `renkei --help`.",
                "Prints rows/s per stage, renkei/floor, usual/renkei and parquet-java/COPY TO, and writes "
                        + "DIR/bench-<timestamp>.json and "
                        + "DIR/latest.json. DuckDB memory and threads come from RENKEI_DUCKDB_MEMORY_LIMIT and "
                        + "RENKEI_DUCKDB_THREADS unless given.",
                "Exit codes: 0 measured, 1 a contender failed, 2 usage error."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--output", defaultValue = "output/bench", paramLabel = "DIR",
            description = "Results, generated input and work folders (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--municipalities", defaultValue = "1741", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int municipalities;

    @Option(names = "--indicators", defaultValue = "200", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int indicators;

    @Option(names = "--years", defaultValue = "20", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int years;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--xlsx-share", defaultValue = "0.1", paramLabel = "F",
            description = "Share of exports as .xlsx, as `generate` (default: ${DEFAULT-VALUE}); the floor gets them decoded to CSV.")
    double xlsxShare;

    @Option(names = "--survey-respondents", defaultValue = "100000", paramLabel = "N",
            description = "Respondents of the generated citizen survey, as `generate`; 0 for none (default: ${DEFAULT-VALUE}).")
    int surveyRespondents;

    @Option(names = "--survey-questions", defaultValue = "40", paramLabel = "N",
            description = "Questions of that survey, as `generate` (default: ${DEFAULT-VALUE}).")
    int surveyQuestions;

    @Option(names = "--sample-rows", defaultValue = "50000", paramLabel = "N",
            description = "Rows the usual approach writes before it is extrapolated (default: ${DEFAULT-VALUE}).")
    long sampleRows;

    @Option(names = "--xmx", defaultValue = "${env:RENKEI_HEAP:-320m}", paramLabel = "SIZE",
            description = "-Xmx of every child JVM (default: $RENKEI_HEAP or 320m, as the launcher; now ${DEFAULT-VALUE}).")
    String maxHeap;

    @Option(names = "--duckdb-memory-limit", defaultValue = "${env:RENKEI_DUCKDB_MEMORY_LIMIT:-" + RenkeiProperties.DEFAULT_DUCKDB_MEMORY_LIMIT + "}", paramLabel = "SIZE",
            description = "DuckDB memory_limit in every child (default: $RENKEI_DUCKDB_MEMORY_LIMIT or " + RenkeiProperties.DEFAULT_DUCKDB_MEMORY_LIMIT + ", now ${DEFAULT-VALUE}).")
    String duckdbMemory;

    @Option(names = "--duckdb-threads", defaultValue = "${env:RENKEI_DUCKDB_THREADS:-2}", paramLabel = "N",
            description = "DuckDB threads in every child (default: $RENKEI_DUCKDB_THREADS or 2, now ${DEFAULT-VALUE}).")
    int duckdbThreads;

    @Option(names = "--run-date", defaultValue = "2026-01-01", paramLabel = "YYYY-MM-DD",
            description = "Run date of the full load; the re-run is the day after (default: ${DEFAULT-VALUE}).")
    LocalDate runDate;

    @Option(names = "--help-runs", defaultValue = "3", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int helpRuns;

    @Option(names = "--child-timeout", defaultValue = "7200", paramLabel = "SECONDS", description = "default: ${DEFAULT-VALUE}")
    long childTimeout;

    @Override
    public Integer call() {
        BenchSettings settings;
        try {
            if (sampleRows < 1 || helpRuns < 1 || duckdbThreads < 1) {
                throw new IllegalArgumentException("--sample-rows, --help-runs and --duckdb-threads must be at least 1");
            }
            settings = new BenchSettings(output, new GeneratorSettings(seed, municipalities, indicators, years, xlsxShare, 1,
                    surveyRespondents, surveyQuestions), sampleRows, maxHeap, duckdbMemory, duckdbThreads,
                    Integer.parseInt(RenkeiProperties.DEFAULT_CHUNK_SIZE), runDate, helpRuns, childTimeout);
        } catch (IllegalArgumentException e) {
            System.err.println("renkei bench: " + e.getMessage());
            return 2;
        }
        try {
            new Benchmark(settings, JavaLauncher.current(maxHeap), System.out).run();
            return 0;
        } catch (Exception e) {
            System.err.println("renkei bench: " + e.getMessage());
            return 1;
        }
    }
}
