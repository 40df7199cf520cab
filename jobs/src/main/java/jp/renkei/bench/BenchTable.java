package jp.renkei.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's table on the console: seconds, rows, rows/s and peak RSS per stage, then the ratios. */
final class BenchTable {

    private final PrintStream out;

    BenchTable(PrintStream out) {
        this.out = out;
    }

    @SuppressWarnings("unchecked")
    void print(Map<String, Object> report) {
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
        out.printf(Locale.ROOT, "  %-32s %10.1f %12s %14s%n", "DuckDB COPY TO (" + parquet.get("copyMemoryLimit") + ")", (double) parquet.get("copySeconds"),
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
}
