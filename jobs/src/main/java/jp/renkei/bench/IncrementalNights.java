package jp.renkei.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The incremental nights of {@code renkei bench}: after the full load and the unchanged re-run, a night where one
 * export was downloaded again with one value corrected, then a night with five such exports, each a {@code load}
 * of the next run date into the same output. Each is reported as a share of the full load's wall time in the same
 * run, against its budget (5 % and 10 %).
 *
 * <p>A night's input is the previous night's with every file hard-linked (a copy where links are not supported)
 * but the changed exports, which are written anew: the generated input is never touched.
 */
public final class IncrementalNights {

    public static final double ONE_EXPORT_BUDGET_PERCENT = 5.0;
    public static final double FIVE_EXPORTS_BUDGET_PERCENT = 10.0;

    private static final Charset CP932 = Charset.forName("windows-31j");
    /** The last field of a row, when it is a number: a value of the export's latest period. */
    private static final Pattern LAST_FIELD_NUMBER = Pattern.compile("(?<=^|,)\"?\\d+(?:\\.\\d+)?\"?$");

    /** Runs one {@code load} in a child and returns its figures (wallSeconds among them). */
    @FunctionalInterface
    public interface Load {
        Map<String, Object> run(List<String> args, String logName) throws IOException, InterruptedException;
    }

    private final Path work;

    /** @param work where the nights' inputs are prepared (replaced) */
    public IncrementalNights(Path work) {
        this.work = work;
    }

    /**
     * Runs both nights on {@code output} (which holds the full load) from {@code input}; returns the stages
     * {@code oneChangedExport} and {@code fiveChangedExports}.
     */
    public Map<String, Object> run(Load load, Path input, Path output, LocalDate firstNight, double fullLoadSeconds)
            throws IOException, InterruptedException {
        Benchmark.deleteTree(work);
        List<String> exports = csvExports(input);
        Map<String, Object> stages = new LinkedHashMap<>();
        Path one = night(input, work.resolve("night-1"), exports.isEmpty() ? List.of() : exports.subList(0, 1));
        stages.put("oneChangedExport", measured(load, one, output, firstNight, fullLoadSeconds,
                ONE_EXPORT_BUDGET_PERCENT, Math.min(1, exports.size()), "renkei-one-changed-export"));
        List<String> five = new ArrayList<>();
        for (int i = 0; i < Math.min(5, exports.size()); i++) {
            five.add(exports.get((1 + i) % exports.size())); // the next five; a small input changes what it has again
        }
        Path fiveInput = night(one, work.resolve("night-2"), five);
        stages.put("fiveChangedExports", measured(load, fiveInput, output, firstNight.plusDays(1), fullLoadSeconds,
                FIVE_EXPORTS_BUDGET_PERCENT, five.size(), "renkei-five-changed-exports"));
        return stages;
    }

    private static Map<String, Object> measured(Load load, Path input, Path output, LocalDate night, double fullLoadSeconds,
            double budget, int changed, String logName) throws IOException, InterruptedException {
        Map<String, Object> stage = load.run(List.of("load", "--input", input.toAbsolutePath().toString(), "--output",
                output.toAbsolutePath().toString(), "--run-date", night.toString(), "--log-format", "json"), logName);
        double percent = 100.0 * ((Number) stage.get("wallSeconds")).doubleValue() / fullLoadSeconds;
        stage.put("exportsChanged", changed);
        stage.put("percentOfFullLoad", percent);
        stage.put("budgetPercent", budget);
        stage.put("met", percent <= budget);
        return stage;
    }

    /** The two nights' lines of the printed table. */
    @SuppressWarnings("unchecked")
    public static void print(Map<String, Object> stages, PrintStream out) {
        for (String name : List.of("oneChangedExport", "fiveChangedExports")) {
            Map<String, Object> s = (Map<String, Object>) stages.get(name);
            if (s == null) {
                continue;
            }
            out.printf(Locale.ROOT, "%-34s %10.1f %12s %14s %12.0f   %.1f %% of the full load (budget ≤ %.0f %%: %s)%n",
                    "renkei load, " + s.get("exportsChanged") + " export(s) changed", (double) s.get("wallSeconds"), "", "",
                    (double) s.get("peakRssMiB"), (double) s.get("percentOfFullLoad"), (double) s.get("budgetPercent"),
                    Boolean.TRUE.equals(s.get("met")) ? "met" : "NOT met");
        }
    }

    /** The CSV exports of an input, by relative path in name order (their values are edited as text). */
    static List<String> csvExports(Path input) throws IOException {
        try (Stream<Path> files = Files.list(input.resolve("indicators"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .map(p -> "indicators/" + p.getFileName()).sorted().toList();
        }
    }

    /**
     * {@code base} again under {@code dir}, every file linked but {@code changed} (relative paths), which are copied
     * with one value corrected ({@link #changeOneValue}).
     */
    public static Path night(Path base, Path dir, List<String> changed) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(base)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String relative = base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            Path target = dir.resolve(base.relativize(file).toString());
            Files.createDirectories(target.getParent());
            if (changed.contains(relative)) {
                Files.copy(file, target);
                changeOneValue(target);
            } else {
                try {
                    Files.createLink(target, file);
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(file, target);
                }
            }
        }
        return dir;
    }

    /**
     * Corrects one value of a CP932 CSV export: the last digit of the last row that ends in a number (a value of the
     * latest period) goes up by one (9 becomes 0). The export's shape, regions and periods stay.
     */
    public static void changeOneValue(Path export) throws IOException {
        String text = new String(Files.readAllBytes(export), CP932);
        String separator = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split(separator, -1)));
        for (int i = lines.size() - 1; i >= 0; i--) {
            var number = LAST_FIELD_NUMBER.matcher(lines.get(i));
            if (number.find()) {
                String line = lines.get(i);
                int digit = line.endsWith("\"") ? line.length() - 2 : line.length() - 1;
                lines.set(i, line.substring(0, digit) + (char) ('0' + (line.charAt(digit) - '0' + 1) % 10)
                        + line.substring(digit + 1));
                Files.write(export, String.join(separator, lines).getBytes(CP932));
                return;
            }
        }
        throw new IOException(export + ": no row ends in a number, no value to change");
    }
}
