package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.cli.RenkeiCommand;
import jp.renkei.generate.GeneratorManifest;
import jp.renkei.generate.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * `renkei bench` end to end on a tiny case: every contender runs in its own child JVM (started from this test's
 * class path) and lands in the JSON with positive rows/s and RSS. No timing is asserted.
 */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void measuresEveryStageOnATinyCase() throws Exception {
        Path out = tmp.resolve("bench");
        int exit = RenkeiCommand.commandLine().execute("bench", "--output", out.toString(), "--municipalities", "5",
                "--indicators", "2", "--years", "2", "--sample-rows", "500", "--xmx", "512m", "--help-runs", "1",
                "--duckdb-memory-limit", "512MB", "--duckdb-threads", "1", "--survey-respondents", "50", "--survey-questions", "20");
        assertThat(exit).isZero();

        JsonNode report = Json.read(out.resolve("latest.json"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("bench-\\d{8}-\\d{6}\\.json"));
        }
        JsonNode stages = report.path("stages");
        for (String stage : List.of("renkeiLoad", "renkeiRerun", "floor", "usual", "help")) {
            JsonNode s = stages.path(stage);
            assertThat(s.path("wallSeconds").asDouble()).as(stage + " wall").isPositive();
            assertThat(s.path("peakRssBytes").asLong()).as(stage + " RSS").isPositive();
            if (!stage.equals("help")) {
                assertThat(s.path("rowsPerSecond").asDouble()).as(stage + " rows/s").isPositive();
            }
        }
        JsonNode manifest = Json.read(Path.of(report.path("input").path("dir").asString()).resolve(GeneratorManifest.FILE));
        long values = manifest.path("indicatorValues").path("total").asLong();
        assertThat(values).isEqualTo(2 * (1 + 47 + 5) * 2);
        assertThat(stages.path("renkeiLoad").path("indicatorValuesLoaded").asLong()).isEqualTo(values);
        assertThat(stages.path("renkeiLoad").path("factRowsMerged").asLong()).isEqualTo(values);
        assertThat(stages.path("floor").path("rows").asLong()).isEqualTo(values);
        assertThat(stages.path("renkeiRerun").path("percentOfFullLoad").asDouble()).isPositive();
        // the incremental nights: one CSV export changed, then five (as many as the tiny input has), measured
        long csvExports;
        try (var files = Files.list(Path.of(report.path("input").path("dir").asString()).resolve("indicators"))) {
            csvExports = files.filter(p -> p.toString().endsWith(".csv")).count();
        }
        assertThat(csvExports).isPositive();
        assertThat(stages.path("oneChangedExport").path("exportsChanged").asLong()).isEqualTo(1);
        assertThat(stages.path("fiveChangedExports").path("exportsChanged").asLong()).isEqualTo(Math.min(5, csvExports));
        assertThat(stages.path("oneChangedExport").path("budgetPercent").asDouble()).isEqualTo(5.0);
        assertThat(stages.path("fiveChangedExports").path("budgetPercent").asDouble()).isEqualTo(10.0);
        for (String night : List.of("oneChangedExport", "fiveChangedExports")) {
            JsonNode s = stages.path(night);
            assertThat(s.path("percentOfFullLoad").asDouble()).as(night)
                    .isEqualTo(100.0 * s.path("wallSeconds").asDouble() / stages.path("renkeiLoad").path("wallSeconds").asDouble());
            assertThat(s.path("met").asBoolean()).isEqualTo(s.path("percentOfFullLoad").asDouble() <= s.path("budgetPercent").asDouble());
        }
        assertThat(report.path("ratios").path("oneChangedExportPercentOfFullLoad").asDouble())
                .isEqualTo(stages.path("oneChangedExport").path("percentOfFullLoad").asDouble());
        assertThat(stages.path("usual").path("label").asString()).isEqualTo("extrapolated from " + values + " rows");
        // 5 municipalities hold no 112062: the report stage says so rather than timing a report of nothing
        assertThat(stages.path("report").path("written").asBoolean()).isFalse();
        assertThat(stages.path("report").path("message").asString()).startsWith("not written: the generated input has no 112062");
        assertThat(report.path("ratios").path("renkeiOverFloor").asDouble()).isPositive();
        assertThat(report.path("ratios").path("usualOverRenkei").asDouble()).isPositive();

        Path input = Path.of(report.path("input").path("dir").asString());
        assertThat(input.getFileName().toString()).isEqualTo("input-5x2x2-seed1-xlsx0.1-survey50x20");
        assertThat(manifest.path("survey").path("respondents").asInt()).isEqualTo(50);

        // a second run reuses the input its manifest describes, and only for the same survey
        assertThat(benchmark(out, 50, 20).manifestMatches(input)).isTrue();
        assertThat(benchmark(out, 50, 21).manifestMatches(input)).isFalse();
        assertThat(benchmark(out, 0, 20).manifestMatches(input)).isFalse();
    }

    private static Benchmark benchmark(Path out, int surveyRespondents, int surveyQuestions) {
        return new Benchmark(new BenchSettings(out, new GeneratorSettings(1, 5, 2, 2, 0.1, 1, surveyRespondents,
                surveyQuestions), 500, "512m", "512MB", 1, 10_000, LocalDate.of(2026, 1, 1), 1, 600),
                JavaLauncher.current("512m"), System.out);
    }

    @Test
    void helpNamesTheOptionsAndBadSizesAreUsageErrors() {
        StringWriter help = new StringWriter();
        CommandLine cli = RenkeiCommand.commandLine();
        cli.setOut(new PrintWriter(help));
        assertThat(cli.execute("bench", "--help")).isZero();
        assertThat(help.toString()).contains("--output", "--municipalities", "--indicators", "--years", "--seed",
                "--sample-rows", "--xmx", "--survey-respondents", "--survey-questions");
        CommandLine bad = RenkeiCommand.commandLine();
        bad.setErr(new PrintWriter(new StringWriter()));
        assertThat(bad.execute("bench", "--output", tmp.resolve("x").toString(), "--years", "99")).isEqualTo(2);
    }
}
