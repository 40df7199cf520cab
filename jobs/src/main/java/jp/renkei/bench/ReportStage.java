package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.RegionPlan;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark's council-report stage: {@code renkei report} writes the report again from the published warehouse
 * for the home region (112062, 行田市's code: the home region, its prefecture and the nation, not every
 * municipality), in a child process measured from the outside, and is held to its budgets: under
 * {@link Budgets#REPORT_SECONDS} and a peak RSS within the load's ({@link Budgets#LOAD_PEAK_RSS_BYTES}). The national
 * input holds 112062; a generated input too small to (埼玉県 gets fewer than six cities) has no report to time, and
 * the stage says so instead of running.
 */
final class ReportStage {

    static final String HOME_REGION = "112062";
    static final String LABEL = "renkei report (council report)";
    /** The fewest generated municipalities that give 埼玉県 its sixth city, 112062. */
    static final int MIN_MUNICIPALITIES = 349;

    private ReportStage() {
    }

    /** True when the generated input has the home region: the generator numbers each prefecture's cities from 201. */
    static boolean inputHoldsHomeRegion(GeneratorSettings g) {
        return new RegionPlan(g.municipalities()).regions().stream().anyMatch(r -> r.code().equals(HOME_REGION));
    }

    /** The stage's figures for the JSON: measured and held to the budgets, or why it was not written. */
    static Map<String, Object> run(GeneratorSettings g, Path renkeiOut, Child child, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        if (!inputHoldsHomeRegion(g)) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("written", false);
            s.put("message", "not written: the generated input has no " + HOME_REGION + " (行田市's code): "
                    + g.municipalities() + " municipalities give 埼玉県 fewer than 6 cities (" + MIN_MUNICIPALITIES
                    + " or more do)");
            return s;
        }
        ChildProcess.Measurement m = child.run(List.of("report", "--output", renkeiOut.toAbsolutePath().toString(),
                "--region", HOME_REGION, "--log-format", "json"), env, log);
        Map<String, Object> s = Benchmark.measured(m);
        s.put("written", true);
        s.put("what", "renkei report --region " + HOME_REGION + ": the whole child process (JVM start, queries, charts, "
                + "HTML and xlsx) from the published warehouse");
        s.put("renderMillis", renderMillis(m.stdout()));
        s.put("budgets", budgets(m.wallSeconds(), m.peakRssBytes()));
        return s;
    }

    /** The verdicts: under the report's seconds, and within the load's peak RSS. */
    static Map<String, Object> budgets(double wallSeconds, long peakRssBytes) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("seconds", Budgets.REPORT_SECONDS);
        b.put("secondsMet", wallSeconds < Budgets.REPORT_SECONDS);
        b.put("peakRssBytes", Budgets.LOAD_PEAK_RSS_BYTES);
        b.put("peakRssNote", "the load's budget for the whole process");
        b.put("peakRssMet", peakRssBytes <= Budgets.LOAD_PEAK_RSS_BYTES);
        b.put("met", wallSeconds < Budgets.REPORT_SECONDS && peakRssBytes <= Budgets.LOAD_PEAK_RSS_BYTES);
        return b;
    }

    /** The stage's line of the printed table. */
    @SuppressWarnings("unchecked")
    static String tableLine(Map<String, Object> stage) {
        if (!Boolean.TRUE.equals(stage.get("written"))) {
            return String.format(Locale.ROOT, "%-34s %s", LABEL, stage.get("message"));
        }
        Map<String, Object> b = (Map<String, Object>) stage.get("budgets");
        return String.format(Locale.ROOT, "%-34s %10.1f %12s %14s %12.0f   < %.0f s: %s; peak RSS ≤ %.1f GiB (the load's): %s",
                LABEL, (double) stage.get("wallSeconds"), "", "", (double) stage.get("peakRssMiB"),
                (double) b.get("seconds"), verdict(b.get("secondsMet")), (long) b.get("peakRssBytes") / (double) (1L << 30),
                verdict(b.get("peakRssMet")));
    }

    private static String verdict(Object met) {
        return Boolean.TRUE.equals(met) ? "met" : "NOT met";
    }

    /** The report's own time, as {@code renkei report --log-format json} logged it; null when it did not. */
    private static Long renderMillis(Path stdout) throws IOException {
        for (String line : Files.readAllLines(stdout)) {
            if (line.startsWith("{")) {
                try {
                    JsonNode n = Json.parse(line);
                    if (n.path("event").asString("").equals("report") && n.has("millis")) {
                        return n.path("millis").asLong();
                    }
                } catch (RuntimeException e) {
                    // not a log line: go on
                }
            }
        }
        return null;
    }
}
