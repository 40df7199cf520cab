package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.renkei.cli.RenkeiCommand;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.testsupport.LoadedOnce;
import jp.renkei.testsupport.SampleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bench's council-report stage: the national input holds the home region, so the report is always timed at
 * national size; its figures and verdicts land in the JSON. Measured here on the sample's warehouse (the home
 * region's own), in a child JVM as the bench runs it; no timing is asserted, only that the verdicts follow the
 * figures.
 */
class ReportStageTest {

    static final long GIB = 1L << 30;

    @TempDir
    Path tmp;

    @Test
    void theBenchsDefaultInputIsNationalAndHoldsTheHomeRegion() {
        CommandLine cli = RenkeiCommand.commandLine();
        cli.parseArgs("bench");
        int municipalities = cli.getSubcommands().get("bench").getCommandSpec().findOption("--municipalities").getValue();
        assertThat(municipalities).isEqualTo(GeneratorSettings.national(1).municipalities()).isEqualTo(1_741);
        assertThat(ReportStage.inputHoldsHomeRegion(GeneratorSettings.national(1))).isTrue();
        assertThat(ReportStage.inputHoldsHomeRegion(settings(ReportStage.MIN_MUNICIPALITIES))).isTrue();
        assertThat(ReportStage.inputHoldsHomeRegion(settings(ReportStage.MIN_MUNICIPALITIES - 1))).isFalse();
    }

    @Test
    void verdictsAgainstTheBudgets() {
        assertThat(ReportStage.budgets(9.9, GIB)).containsEntry("seconds", 10.0).containsEntry("secondsMet", true)
                .containsEntry("peakRssBytes", 1536L << 20).containsEntry("peakRssMet", true).containsEntry("met", true);
        assertThat(ReportStage.budgets(10.0, GIB)).containsEntry("secondsMet", false).containsEntry("peakRssMet", true)
                .containsEntry("met", false);
        assertThat(ReportStage.budgets(2.0, Budgets.LOAD_PEAK_RSS_BYTES)).containsEntry("peakRssMet", true);
        assertThat(ReportStage.budgets(2.0, Budgets.LOAD_PEAK_RSS_BYTES + 1)).containsEntry("secondsMet", true)
                .containsEntry("peakRssMet", false).containsEntry("met", false);
    }

    @Test
    void anInputWithoutTheHomeRegionSaysWhyAndRunsNothing() throws Exception {
        Map<String, Object> stage = ReportStage.run(settings(5), tmp, (args, env, log) -> {
            throw new AssertionError("no child runs: " + args);
        }, Map.of(), tmp.resolve("log"));
        assertThat(stage).containsEntry("written", false).containsEntry("message",
                "not written: the generated input has no 112062 (行田市's code): 5 municipalities give 埼玉県 fewer than 6 cities (349 or more do)");
        assertThat(ReportStage.tableLine(stage)).isEqualTo("renkei report (council report)     " + stage.get("message"));
    }

    @Test
    void measuresTheReportChildAndHoldsItToTheBudgets() throws Exception {
        Path input = tmp.resolve("input");
        Path output = tmp.resolve("output");
        SampleInput.copyTree(Path.of("input"), input);
        LoadedOnce.load(input, output, LocalDate.of(2026, 11, 24));
        Files.delete(output.resolve("report/index.html"));
        JavaLauncher java = JavaLauncher.current("384m");
        Map<String, Object> stage = ReportStage.run(settings(400), output, (args, env, log) -> {
            ChildProcess.Measurement m = ChildProcess.run(java.command(args), env, Path.of("").toAbsolutePath(), log, 600);
            assertThat(m.exitCode()).as("%s", Files.readString(m.stderr())).isZero();
            return m;
        }, Map.of("RENKEI_DUCKDB_MEMORY_LIMIT", "512MB"), tmp.resolve("logs/renkei-report"));

        assertThat(output.resolve("report/index.html")).exists();
        assertThat(stage).containsEntry("written", true);
        assertThat((String) stage.get("command")).endsWith("report --output " + output.toAbsolutePath() + " --region 112062 --log-format json");
        double seconds = (double) stage.get("wallSeconds");
        long rss = (long) stage.get("peakRssBytes");
        assertThat(seconds).isPositive();
        assertThat(rss).isPositive();
        assertThat((Long) stage.get("renderMillis")).isPositive().isLessThan((long) (seconds * 1000));
        @SuppressWarnings("unchecked")
        Map<String, Object> budgets = (Map<String, Object>) stage.get("budgets");
        assertThat(budgets).isEqualTo(ReportStage.budgets(seconds, rss));
        assertThat(ReportStage.tableLine(stage)).startsWith("renkei report (council report)")
                .contains(String.format(Locale.ROOT, "%.1f", seconds))
                .contains("< 10 s: " + (seconds < 10 ? "met" : "NOT met"))
                .endsWith("peak RSS ≤ 1.5 GiB (the load's): " + (rss <= Budgets.LOAD_PEAK_RSS_BYTES ? "met" : "NOT met"));
        assertThat(Json.parse(Json.write(Map.of("report", stage))).path("report").path("budgets").path("met").asBoolean())
                .isEqualTo(budgets.get("met"));
        assertThat(List.of("wallSeconds", "peakRssBytes", "peakRssMiB", "rssSource")).allMatch(stage::containsKey);
    }

    private static GeneratorSettings settings(int municipalities) {
        return new GeneratorSettings(1, municipalities, 1, 1, 0, 1);
    }
}
