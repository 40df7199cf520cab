package jp.renkei.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jp.renkei.generate.GeneratorManifest;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import tools.jackson.databind.JsonNode;

/**
 * {@code renkei bench}: on one generated input, runs each contender in a child process of its own and measures
 * it from the outside (wall time, peak RSS from the OS), then prints a table and writes
 * {@code bench-<timestamp>.json} and {@code latest.json}. Contenders, in this order:
 * <ol>
 * <li>renkei's full {@code load} (read → normalise → star schema → Parquet snapshot and warehouse copy);</li>
 * <li>the nightly re-run: a second {@code load} the next run date, same input and output;</li>
 * <li>the incremental nights: one changed export, then five ({@link IncrementalNights});</li>
 * <li>the council report written again from the published warehouse ({@link ReportStage}), held to its budgets;</li>
 * <li>the floor: DuckDB {@code read_csv} of the same data decoded to UTF-8 into renkei's own tables, then
 * {@code COPY … TO} Parquet of the same snapshot tables ({@link FloorRun});</li>
 * <li>Parquet: renkei's writer against DuckDB's {@code COPY … TO} on the same rows ({@link ParquetRun});</li>
 * <li>the usual approach: renkei's indicators step writing through {@code JdbcBatchItemWriter}, on a sample,
 * extrapolated ({@link UsualRun});</li>
 * <li>{@code renkei --help}: start-up time of the CLI.</li>
 * </ol>
 */
public final class Benchmark {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BenchSettings settings;
    private final JavaLauncher java;
    private final PrintStream out;

    public Benchmark(BenchSettings settings, JavaLauncher java, PrintStream out) {
        this.settings = settings;
        this.java = java;
        this.out = out;
    }

    /** Runs everything; returns the path of the JSON written. Throws when a contender fails. */
    public Path run() throws IOException, InterruptedException {
        String stamp = LocalDateTime.now().format(STAMP);
        Path logs = settings.output().resolve("logs").resolve(stamp);
        Files.createDirectories(logs);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("timestamp", LocalDateTime.now().toString());
        report.put("machine", machine());
        report.put("settings", settingsJson());

        // the input
        long t = System.nanoTime();
        Path input = settings.inputDir();
        boolean reused = manifestMatches(input);
        if (!reused) {
            out.println("bench: generating " + input);
            deleteTree(input);
            new InputGenerator(settings.generator(), line -> { }).generate(input);
        }
        JsonNode manifest = Json.read(input.resolve(GeneratorManifest.FILE));
        long values = manifest.path("indicatorValues").path("total").asLong();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("dir", input.toAbsolutePath().toString());
        in.put("reused", reused);
        in.put("generateSeconds", reused ? 0.0 : secondsSince(t));
        in.put("indicatorValues", values);
        in.put("presentValues", manifest.path("indicatorValues").path("present").asLong());
        in.put("regions", manifest.path("regions").path("total").asLong());
        in.put("exports", manifest.path("files").path("indicators").asLong());
        in.put("exportBytes", manifest.path("bytes").path("indicators").asLong());
        in.put("populationFigures", manifest.path("populationFigures").path("total").asLong());
        report.put("input", in);
        out.printf(Locale.ROOT, "bench: input %s (%s), %,d indicator values%n", input, reused ? "reused" : "generated", values);

        Map<String, Object> stages = new LinkedHashMap<>();
        report.put("stages", stages);
        Path work = settings.workDir();
        Path renkeiOut = work.resolve("renkei-output");
        deleteTree(renkeiOut);
        Map<String, String> renkeiEnv = Map.of("RENKEI_DUCKDB_MEMORY_LIMIT", settings.duckdbMemory(),
                "RENKEI_DUCKDB_THREADS", String.valueOf(settings.duckdbThreads()));

        // 1. renkei load
        out.println("bench: [1/6] renkei load ...");
        var load = child(List.of("load", "--input", abs(input), "--output", abs(renkeiOut), "--run-date",
                settings.runDate().toString(), "--log-format", "json"), renkeiEnv, logs.resolve("renkei-load"));
        Map<String, Object> renkei = RenkeiLoadStage.figures(load, values);
        stages.put("renkeiLoad", renkei);

        // 2. nightly re-run, nothing changed
        out.println("bench: [2/6] renkei load, next night, input unchanged ...");
        var rerun = child(List.of("load", "--input", abs(input), "--output", abs(renkeiOut), "--run-date",
                settings.runDate().plusDays(1).toString(), "--log-format", "json"), renkeiEnv, logs.resolve("renkei-rerun"));
        Map<String, Object> again = RenkeiLoadStage.figures(rerun, values);
        again.put("percentOfFullLoad", 100.0 * rerun.wallSeconds() / load.wallSeconds());
        stages.put("renkeiRerun", again);

        // 2a. incremental nights: one export downloaded again with a value corrected, then five (IncrementalNights)
        out.println("bench: [2/6] renkei load, next nights, one changed export, then five ...");
        stages.putAll(new IncrementalNights(work.resolve("incremental")).run(
                (args, name) -> RenkeiLoadStage.figures(child(args, renkeiEnv, logs.resolve(name)), values), input, renkeiOut,
                settings.runDate().plusDays(2), load.wallSeconds()));

        // 2b. the council report written again from the published warehouse, held to its budgets
        out.println("bench: [2b/6] renkei report (the council report, from the published warehouse) ...");
        stages.put("report", ReportStage.run(settings.generator(), renkeiOut, this::child, renkeiEnv, logs.resolve("renkei-report")));

        // 3. the floor
        out.println("bench: [3/6] floor: DuckDB read_csv + COPY TO parquet ...");
        Map<String, Object> floor = FloorStage.run(settings, input, work, this::child, logs);
        double floorSeconds = (double) floor.get("seconds");
        stages.put("floor", floor);

        // 4. Parquet: renkei's writer against COPY TO, the same rows
        out.println("bench: [4/6] parquet: renkei's writer and DuckDB COPY TO on the same rows ...");
        Map<String, Object> parquet = ParquetStage.run(settings, renkeiOut, work, this::child, logs);
        stages.put("parquet", parquet);

        // 5. the usual approach, on a sample
        out.println("bench: [5/6] usual: JdbcBatchItemWriter on " + settings.sampleRows() + " rows ...");
        Map<String, Object> usual = UsualStage.run(settings, input, renkeiOut, work, this::child, logs, renkei,
                load.wallSeconds(), values);
        stages.put("usual", usual);
        double extrapolatedLoad = (double) usual.get("extrapolatedLoadSeconds");
        double extrapolatedStep = (double) usual.get("extrapolatedIndicatorsStepSeconds");
        double renkeiIndicators = RenkeiLoadStage.stepSeconds(renkei, "indicators");
        double renkeiMerge = RenkeiLoadStage.stepSeconds(renkei, "mergeIndicators");

        // 6. --help
        out.println("bench: [6/6] renkei --help x" + settings.helpRuns() + " ...");
        stages.put("help", HelpStage.run(settings, this::child, logs));

        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("renkeiOverFloor", load.wallSeconds() / floorSeconds);
        ratios.put("renkeiOverFloorNote", "renkei load wall time (whole child process) / floor's timed read_csv + COPY");
        ratios.put("renkeiOverFloorChildWall", load.wallSeconds() / (double) floor.get("wallSeconds"));
        ratios.put("usualOverRenkei", extrapolatedLoad / load.wallSeconds());
        ratios.put("usualOverRenkeiNote", "usual load time (" + usual.get("label") + ") / renkei load wall time");
        ratios.put("usualOverRenkeiIndicatorsStep", renkeiIndicators <= 0 ? null
                : (extrapolatedStep) / (renkeiIndicators + renkeiMerge));
        ratios.put("rerunPercentOfFullLoad", 100.0 * rerun.wallSeconds() / load.wallSeconds());
        ratios.put("oneChangedExportPercentOfFullLoad", percentOfFullLoad(stages, "oneChangedExport"));
        ratios.put("fiveChangedExportsPercentOfFullLoad", percentOfFullLoad(stages, "fiveChangedExports"));
        ratios.put("parquetJavaOverCopyTo", (double) parquet.get("renkeiSeconds") / (double) parquet.get("copySeconds"));
        report.put("ratios", ratios);
        report.put("logs", abs(logs));

        Path file = settings.output().resolve("bench-" + stamp + ".json");
        String json = Json.write(report);
        Files.writeString(file, json);
        Files.writeString(settings.output().resolve("latest.json"), json);
        new BenchTable(out).print(report);
        out.println("bench: wrote " + file + " and " + settings.output().resolve("latest.json"));
        return file;
    }

    private ChildProcess.Measurement child(List<String> args, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        var m = ChildProcess.run(java.command(args), env, Path.of("").toAbsolutePath(), log,
                settings.childTimeoutSeconds());
        if (!m.ok()) {
            String tail = tail(m.stderr(), 20) + tail(m.stdout(), 10);
            throw new IOException("bench: child failed with exit code " + m.exitCode() + ": "
                    + String.join(" ", args) + "\n" + tail + "(logs: " + log + ".out/.err)");
        }
        return m;
    }

    static Map<String, Object> measured(ChildProcess.Measurement m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("wallSeconds", m.wallSeconds());
        s.put("peakRssBytes", m.peakRssBytes());
        s.put("peakRssMiB", m.peakRssBytes() / (1024.0 * 1024.0));
        s.put("rssSource", m.rssSource());
        s.put("polledVmHwmBytes", m.polledHwmBytes());
        s.put("polledTreeRssBytes", m.polledTreeRssBytes());
        s.put("command", String.join(" ", m.command()));
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Object percentOfFullLoad(Map<String, Object> stages, String stage) {
        return ((Map<String, Object>) stages.get(stage)).get("percentOfFullLoad");
    }

    private Map<String, Object> settingsJson() {
        GeneratorSettings g = settings.generator();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("municipalities", g.municipalities());
        s.put("indicators", g.indicators());
        s.put("years", g.years());
        s.put("seed", g.seed());
        s.put("xlsxShare", g.xlsxShare());
        s.put("surveyRespondents", g.surveyRespondents());
        s.put("surveyQuestions", g.surveyQuestions());
        s.put("sampleRows", settings.sampleRows());
        s.put("childMaxHeap", settings.maxHeap());
        s.put("duckdbMemoryLimit", settings.duckdbMemory());
        s.put("duckdbThreads", settings.duckdbThreads());
        s.put("chunkSize", settings.chunkSize());
        s.put("runDate", settings.runDate().toString());
        s.put("childCommand", String.join(" ", java.command(List.of("<args>"))));
        return s;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    m.put("memTotalBytes", Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("gnuTime", ChildProcess.gnuTimeAvailable());
        return m;
    }

    /** True when the folder holds a generator output of exactly these settings. */
    boolean manifestMatches(Path input) {
        Path file = input.resolve(GeneratorManifest.FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            JsonNode s = Json.read(file).path("settings");
            GeneratorSettings g = settings.generator();
            return s.path("seed").asLong() == g.seed() && s.path("municipalities").asInt() == g.municipalities()
                    && s.path("indicators").asInt() == g.indicators() && s.path("years").asInt() == g.years()
                    && s.path("xlsxShare").asDouble() == g.xlsxShare()
                    && s.path("seriesPerIndicator").asInt() == g.seriesPerIndicator()
                    // a manifest from before the survey has none: it matches only a run without one
                    && s.path("surveyRespondents").asInt(0) == g.surveyRespondents()
                    && (!g.hasSurvey() || s.path("surveyQuestions").asInt() == g.surveyQuestions());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException e) {
            return "";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String abs(Path p) {
        return p.toAbsolutePath().toString();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
