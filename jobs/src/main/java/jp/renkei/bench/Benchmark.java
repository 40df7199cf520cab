package jp.renkei.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
        Map<String, Object> renkei = renkeiStage(load, values);
        stages.put("renkeiLoad", renkei);

        // 2. nightly re-run, nothing changed
        out.println("bench: [2/6] renkei load, next night, input unchanged ...");
        var rerun = child(List.of("load", "--input", abs(input), "--output", abs(renkeiOut), "--run-date",
                settings.runDate().plusDays(1).toString(), "--log-format", "json"), renkeiEnv, logs.resolve("renkei-rerun"));
        Map<String, Object> again = renkeiStage(rerun, values);
        again.put("percentOfFullLoad", 100.0 * rerun.wallSeconds() / load.wallSeconds());
        stages.put("renkeiRerun", again);

        // 2a. incremental nights: one export downloaded again with a value corrected, then five (IncrementalNights)
        out.println("bench: [2/6] renkei load, next nights, one changed export, then five ...");
        stages.putAll(new IncrementalNights(work.resolve("incremental")).run(
                (args, name) -> renkeiStage(child(args, renkeiEnv, logs.resolve(name)), values), input, renkeiOut,
                settings.runDate().plusDays(2), load.wallSeconds()));

        // 2b. the council report written again from the published warehouse, held to its budgets
        out.println("bench: [2b/6] renkei report (the council report, from the published warehouse) ...");
        stages.put("report", ReportStage.run(settings.generator(), renkeiOut, this::child, renkeiEnv, logs.resolve("renkei-report")));

        // 3. the floor
        out.println("bench: [3/6] floor: DuckDB read_csv + COPY TO parquet ...");
        Path floorWork = work.resolve("floor");
        deleteTree(floorWork);
        Files.createDirectories(floorWork);
        Path floorResult = floorWork.resolve("result.json");
        var floorRun = child(List.of("bench", "floor", "--input", abs(input), "--work", abs(floorWork), "--memory-limit",
                settings.duckdbMemory(), "--threads", String.valueOf(settings.duckdbThreads()), "--result", abs(floorResult)),
                Map.of(), logs.resolve("floor"));
        JsonNode fr = Json.read(floorResult);
        Map<String, Object> floor = measured(floorRun);
        long floorRows = fr.path("indicatorRows").asLong();
        double floorSeconds = fr.path("timedSeconds").asDouble();
        floor.put("what", "renkei's schema; read_csv (UTF-8, decoded beforehand) into the same tables in SQL alone (unpivot, "
                + "region/indicator/period/unit joins, denominators and rates, survey counts); then COPY (query) TO parquet "
                + "(zstd) of every snapshot table; no rejects, lineage, job repository or warehouse copy");
        floor.put("rows", floorRows);
        floor.put("seconds", floorSeconds);
        floor.put("rowsPerSecond", floorRows / floorSeconds);
        floor.put("readSeconds", fr.path("readSeconds").asDouble());
        floor.put("indicatorSeconds", fr.path("indicatorSeconds").asDouble());
        floor.put("surveySeconds", fr.path("surveySeconds").asDouble());
        floor.put("copySeconds", fr.path("copySeconds").asDouble());
        floor.put("decodeSecondsNotTimed", fr.path("decodeSeconds").asDouble());
        floor.put("populationRows", fr.path("populationRows").asLong());
        floor.put("snapshotRows", fr.path("snapshotRows"));
        floor.put("parquetBytes", fr.path("parquetBytes").asLong());
        floor.put("duckdbVersion", fr.path("duckdbVersion").asString());
        stages.put("floor", floor);

        // 4. Parquet: renkei's writer against COPY TO, the same rows
        out.println("bench: [4/6] parquet: renkei's writer and DuckDB COPY TO on the same rows ...");
        Path parquetWork = work.resolve("parquet");
        deleteTree(parquetWork);
        Files.createDirectories(parquetWork);
        Path parquetResult = parquetWork.resolve("result.json");
        var parquetRun = child(List.of("bench", "parquet", "--warehouse", abs(renkeiOut.resolve("warehouse.duckdb")),
                "--work", abs(parquetWork), "--memory-limit", settings.duckdbMemory(), "--threads",
                String.valueOf(settings.duckdbThreads()), "--result", abs(parquetResult)), Map.of(), logs.resolve("parquet"));
        JsonNode pr = Json.read(parquetResult);
        Map<String, Object> parquet = measured(parquetRun);
        parquet.put("what", "the snapshot's two national-size tables (" + pr.path("tables") + ") from the published "
                + "warehouse: renkei's publisher (Arrow export, parquet-java column writers, sliced, side by side) "
                + "against DuckDB COPY (query) TO parquet (zstd) of the same queries");
        parquet.put("rows", pr.path("rows").asLong());
        parquet.put("renkeiSeconds", pr.path("renkeiSeconds").asDouble());
        parquet.put("copySeconds", pr.path("copySeconds").asDouble());
        parquet.put("renkeiRowsPerSecond", pr.path("rows").asLong() / pr.path("renkeiSeconds").asDouble());
        parquet.put("copyRowsPerSecond", pr.path("rows").asLong() / pr.path("copySeconds").asDouble());
        stages.put("parquet", parquet);
        deleteTree(parquetWork.resolve("renkei"));
        deleteTree(parquetWork.resolve("duckdb"));

        // 5. the usual approach, on a sample
        out.println("bench: [5/6] usual: JdbcBatchItemWriter on " + settings.sampleRows() + " rows ...");
        Path usualWork = work.resolve("usual");
        deleteTree(usualWork);
        Files.createDirectories(usualWork);
        Path usualResult = usualWork.resolve("result.json");
        var usualRun = child(List.of("bench", "usual", "--input", abs(input), "--warehouse",
                abs(renkeiOut.resolve("warehouse.duckdb")), "--work", abs(usualWork), "--sample-rows",
                String.valueOf(settings.sampleRows()), "--chunk-size", String.valueOf(settings.chunkSize()),
                "--memory-limit", settings.duckdbMemory(), "--threads", String.valueOf(settings.duckdbThreads()),
                "--result", abs(usualResult)), Map.of(), logs.resolve("usual"));
        JsonNode ur = Json.read(usualResult);
        Map<String, Object> usual = measured(usualRun);
        long sample = ur.path("rowsWritten").asLong();
        double usualRps = ur.path("rowsPerSecond").asDouble();
        double extrapolatedStep = values / usualRps;
        double renkeiIndicators = stepSeconds(renkei, "indicators");
        double renkeiMerge = stepSeconds(renkei, "mergeIndicators");
        double extrapolatedLoad = load.wallSeconds() - renkeiIndicators - renkeiMerge + extrapolatedStep;
        usual.put("what", "renkei's indicators step (same reader, processor, chunk size) writing with JdbcBatchItemWriter "
                + "straight into fct_indicator_value; the rest of the load taken as renkei's, merge left out");
        usual.put("label", "extrapolated from " + sample + " rows");
        usual.put("sampleRows", sample);
        usual.put("sampleSeconds", ur.path("seconds").asDouble());
        usual.put("rowsPerSecond", usualRps);
        usual.put("extrapolatedIndicatorsStepSeconds", extrapolatedStep);
        usual.put("extrapolatedLoadSeconds", extrapolatedLoad);
        usual.put("extrapolatedLoadRowsPerSecond", values / extrapolatedLoad);
        usual.put("chunkSize", ur.path("chunkSize").asInt());
        usual.put("peakRssNote", "peak RSS of the sample run only (not extrapolated)");
        stages.put("usual", usual);

        // 5. --help
        out.println("bench: [6/6] renkei --help x" + settings.helpRuns() + " ...");
        List<ChildProcess.Measurement> helps = new ArrayList<>();
        for (int i = 0; i < settings.helpRuns(); i++) {
            helps.add(child(List.of("--help"), Map.of(), logs.resolve("help-" + (i + 1))));
        }
        helps.sort(Comparator.comparingDouble(ChildProcess.Measurement::wallSeconds));
        Map<String, Object> help = measured(helps.get(helps.size() / 2));
        help.put("what", "java … RenkeiMain --help (the JVM only, not the ./renkei shell launcher); median of "
                + helps.size());
        help.put("allSeconds", helps.stream().map(ChildProcess.Measurement::wallSeconds).toList());
        stages.put("help", help);

        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("renkeiOverFloor", load.wallSeconds() / floorSeconds);
        ratios.put("renkeiOverFloorNote", "renkei load wall time (whole child process) / floor's timed read_csv + COPY");
        ratios.put("renkeiOverFloorChildWall", load.wallSeconds() / floorRun.wallSeconds());
        ratios.put("usualOverRenkei", extrapolatedLoad / load.wallSeconds());
        ratios.put("usualOverRenkeiNote", "usual load time (extrapolated from " + sample + " rows) / renkei load wall time");
        ratios.put("usualOverRenkeiIndicatorsStep", renkeiIndicators <= 0 ? null
                : (extrapolatedStep) / (renkeiIndicators + renkeiMerge));
        ratios.put("rerunPercentOfFullLoad", 100.0 * rerun.wallSeconds() / load.wallSeconds());
        ratios.put("oneChangedExportPercentOfFullLoad", percentOfFullLoad(stages, "oneChangedExport"));
        ratios.put("fiveChangedExportsPercentOfFullLoad", percentOfFullLoad(stages, "fiveChangedExports"));
        ratios.put("parquetJavaOverCopyTo", pr.path("renkeiSeconds").asDouble() / pr.path("copySeconds").asDouble());
        report.put("ratios", ratios);
        report.put("logs", abs(logs));

        Path file = settings.output().resolve("bench-" + stamp + ".json");
        String json = Json.write(report);
        Files.writeString(file, json);
        Files.writeString(settings.output().resolve("latest.json"), json);
        printTable(report);
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

    /** A renkei load's figures: the child's, plus its steps as it printed them (--log-format json). */
    private static Map<String, Object> renkeiStage(ChildProcess.Measurement m, long values) throws IOException {
        Map<String, Object> s = measured(m);
        Map<String, Object> steps = new LinkedHashMap<>();
        long loaded = -1;
        long factRows = -1;
        String summary = null;
        Double jobSeconds = null;
        for (String line : Files.readAllLines(m.stdout())) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode n;
            try {
                n = Json.parse(line);
            } catch (RuntimeException e) {
                continue;
            }
            String event = n.path("event").asString("");
            if (event.equals("step")) {
                String name = n.path("step").asString();
                double sec = n.path("seconds").asDouble();
                long read = n.path("read").asLong();
                long rows = n.path("loaded").asLong();
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("seconds", sec);
                st.put("read", read);
                st.put("loaded", rows);
                // publish reads and loads nothing itself: its rows are the values it publishes
                long through = name.equals("publish") ? values : Math.max(read, rows);
                st.put("rowsPerSecond", sec > 0 && through > 0 ? through / sec : null);
                steps.put(name, st);
                if (name.equals("indicators")) {
                    loaded = rows;
                } else if (name.equals("mergeIndicators")) {
                    factRows = rows;
                }
            } else if (event.equals("summary") || event.equals("already_loaded")) {
                summary = n.path("message").asString();
                try {
                    jobSeconds = Duration.between(LocalDateTime.parse(n.path("start").asString()),
                            LocalDateTime.parse(n.path("end").asString())).toMillis() / 1000.0;
                } catch (RuntimeException e) {
                    // no start/end: leave it out
                }
            }
        }
        s.put("rows", values);
        s.put("rowsPerSecond", values / m.wallSeconds());
        s.put("indicatorValuesLoaded", loaded);
        s.put("factRowsMerged", factRows);
        s.put("steps", steps);
        s.put("summary", summary);
        s.put("jobSeconds", jobSeconds);
        s.put("jobSecondsNote", "the Spring Batch job's own start..end; wallSeconds - jobSeconds is JVM, Spring and schema start-up");
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Object percentOfFullLoad(Map<String, Object> stages, String stage) {
        return ((Map<String, Object>) stages.get(stage)).get("percentOfFullLoad");
    }

    @SuppressWarnings("unchecked")
    private static double stepSeconds(Map<String, Object> stage, String step) {
        Object st = ((Map<String, Object>) stage.get("steps")).get(step);
        return st == null ? 0 : (double) ((Map<String, Object>) st).get("seconds");
    }

    @SuppressWarnings("unchecked")
    private void printTable(Map<String, Object> report) {
        Map<String, Object> stages = (Map<String, Object>) report.get("stages");
        out.println();
        out.printf(Locale.ROOT, "%-34s %10s %12s %14s %12s%n", "stage", "seconds", "rows", "rows/s", "peak RSS MiB");
        row("renkei load (whole process)", stages.get("renkeiLoad"), "wallSeconds", "rows", "rowsPerSecond");
        Map<String, Object> steps = (Map<String, Object>) ((Map<String, Object>) stages.get("renkeiLoad")).get("steps");
        for (String name : List.of("indicators", "mergeIndicators", "publish")) {
            Map<String, Object> st = (Map<String, Object>) steps.get(name);
            if (st != null) {
                Object rps = st.get("rowsPerSecond");
                out.printf(Locale.ROOT, "  %-32s %10.1f %12s %14s %12s%n", "step " + name, (double) st.get("seconds"),
                        String.format(Locale.ROOT, "%,d", name.equals("publish") ? (long) ((Map<String, Object>) stages.get("renkeiLoad")).get("rows")
                                : Math.max((long) st.get("read"), (long) st.get("loaded"))),
                        rps == null ? "-" : String.format(Locale.ROOT, "%,.0f", (double) rps), "");
            }
        }
        row("renkei re-run, input unchanged", stages.get("renkeiRerun"), "wallSeconds", "rows", "rowsPerSecond");
        IncrementalNights.print(stages, out);
        out.println(ReportStage.tableLine((Map<String, Object>) stages.get("report")));
        row("floor: DuckDB read_csv+COPY", stages.get("floor"), "seconds", "rows", "rowsPerSecond");
        Map<String, Object> usual = (Map<String, Object>) stages.get("usual");
        row("usual: JdbcBatchItemWriter step", usual, "sampleSeconds", "sampleRows", "rowsPerSecond");
        out.printf(Locale.ROOT, "  %-32s %10.1f %12s %14s %12s%n", "usual load, " + usual.get("label"),
                (double) usual.get("extrapolatedLoadSeconds"), "", String.format(Locale.ROOT, "%,.0f",
                        (double) usual.get("extrapolatedLoadRowsPerSecond")), "");
        row("renkei --help (median)", stages.get("help"), "wallSeconds", null, null);
        Map<String, Object> parquet = (Map<String, Object>) stages.get("parquet");
        row("parquet: renkei's writer", parquet, "renkeiSeconds", "rows", "renkeiRowsPerSecond");
        out.printf(Locale.ROOT, "  %-32s %10.1f %12s %14s%n", "DuckDB COPY TO, same rows", (double) parquet.get("copySeconds"),
                String.format(Locale.ROOT, "%,d", (long) parquet.get("rows")),
                String.format(Locale.ROOT, "%,.0f", (double) parquet.get("copyRowsPerSecond")));
        Map<String, Object> ratios = (Map<String, Object>) report.get("ratios");
        out.printf(Locale.ROOT, "%nrenkei / floor: %.1f×   usual / renkei: %.1f× (%s)   re-run: %.1f %% of the full load"
                        + "   parquet-java / COPY TO: %.1f×%n",
                (double) ratios.get("renkeiOverFloor"), (double) ratios.get("usualOverRenkei"), usual.get("label"),
                (double) ratios.get("rerunPercentOfFullLoad"), (double) ratios.get("parquetJavaOverCopyTo"));
    }

    @SuppressWarnings("unchecked")
    private void row(String label, Object stageObject, String secondsKey, String rowsKey, String rpsKey) {
        Map<String, Object> s = (Map<String, Object>) stageObject;
        out.printf(Locale.ROOT, "%-34s %10.1f %12s %14s %12.0f%n", label, ((Number) s.get(secondsKey)).doubleValue(),
                rowsKey == null ? "" : String.format(Locale.ROOT, "%,d", ((Number) s.get(rowsKey)).longValue()),
                rpsKey == null ? "" : String.format(Locale.ROOT, "%,.0f", ((Number) s.get(rpsKey)).doubleValue()),
                (double) s.get("peakRssMiB"));
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

    private static String abs(Path p) {
        return p.toAbsolutePath().toString();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
