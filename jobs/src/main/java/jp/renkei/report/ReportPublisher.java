package jp.renkei.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import jp.renkei.publish.AtomicFiles;
import jp.renkei.publish.SnapshotRetention;

/**
 * Writes the council report under {@code output/report/}: one folder per snapshot date
 * ({@code snapshot_date=YYYY-MM-DD/index.html} and {@code report.xlsx}, kept with the snapshot's retention) and
 * the newest day's two files beside them.
 *
 * <p>Two steps, so that publishing can switch the report over together with the warehouse and the snapshot:
 * {@link #stage} renders both files into a hidden folder beside the report (nothing a reader sees changes),
 * {@link StagedReport#commit} renames it into place; {@link StagedReport#discard} throws it away when the
 * publish fails.
 */
public final class ReportPublisher {

    public static final String REPORT_DIR = "report";
    public static final String HTML = "index.html";
    public static final String XLSX = "report.xlsx";
    private static final String DAY_PREFIX = "snapshot_date=";

    private ReportPublisher() {
    }

    /** Renders the report from the warehouse on {@code c} into a staging folder under {@code outputDir/report/}. */
    public static StagedReport stage(Connection c, Path outputDir, ReportRequest request) throws SQLException, IOException {
        Path reportDir = outputDir.resolve(REPORT_DIR);
        Files.createDirectories(reportDir);
        removeLeftovers(reportDir);
        Path staging = reportDir.resolve(".staging-" + request.snapshotDate() + "-" + UUID.randomUUID());
        Rendered rendered = render(c, staging, request);
        return new StagedReport(reportDir, staging, request.snapshotDate(), rendered.model(), rendered.millis(),
                rendered.timings());
    }

    /** What {@link #render} wrote, and how long it took. */
    public record Rendered(ReportModel model, long millis, String timings) {
    }

    /**
     * Renders {@code index.html} and {@code report.xlsx} into {@code dir} (created; removed again when rendering
     * fails).
     */
    public static Rendered render(Connection c, Path dir, ReportRequest request) throws SQLException, IOException {
        long start = System.nanoTime();
        ReportModel model = new ReportBuilder().build(c, request);
        long built = System.nanoTime();
        Files.createDirectories(dir);
        // the workbook is written beside the page, on the other core
        CompletableFuture<Long> xlsx = CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(dir.resolve(XLSX))) {
                XlsxReport.write(model, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return System.nanoTime() - t;
        });
        long html;
        long workbook;
        try {
            try {
                Files.writeString(dir.resolve(HTML), HtmlReport.render(model), StandardCharsets.UTF_8);
                html = System.nanoTime() - built;
            } catch (IOException | RuntimeException e) {
                xlsx.exceptionally(ignored -> 0L).join(); // done writing before its folder goes
                throw e;
            }
            workbook = joined(xlsx);
            new ReportStamp(RendererVersion.current(), request.regionCode(), model.cover().loadId(), model.cover(), null)
                    .writeInto(dir);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteRecursively(dir);
            throw e;
        }
        long end = System.nanoTime();
        return new Rendered(model, (end - start) / 1_000_000, "data and charts " + (built - start) / 1_000_000
                + " ms, HTML " + html / 1_000_000 + " ms, xlsx " + workbook / 1_000_000 + " ms, side by side");
    }

    /** Waits for the workbook; its own exception, unwrapped. */
    private static long joined(CompletableFuture<Long> xlsx) throws IOException {
        try {
            return xlsx.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The folder name of one snapshot date's report. */
    public static String dayFolder(LocalDate snapshotDate) {
        return DAY_PREFIX + snapshotDate;
    }

    /**
     * Removes what a process killed while publishing left behind (a staged or a replaced folder). Only those
     * an hour old: a {@code renkei report} may be staging beside a load right now.
     */
    private static void removeLeftovers(Path reportDir) throws IOException {
        java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (Stream<Path> entries = Files.list(reportDir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(".staging-")
                    || p.getFileName().toString().startsWith(".replaced-")).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(hourAgo)) {
                    AtomicFiles.deleteRecursively(p);
                }
            }
        }
    }

    /**
     * A report rendered aside, not yet visible.
     *
     * @param millis  how long building and rendering took
     * @param timings the same by part, for the log
     */
    public record StagedReport(Path reportDir, Path staging, LocalDate snapshotDate, ReportModel model, long millis,
            String timings) {

        /** The folder the day's report ends up in. */
        public Path dayDir() {
            return reportDir.resolve(dayFolder(snapshotDate));
        }

        /**
         * Renames the staged folder into {@code snapshot_date=D/} (replacing a report written before for that
         * day), makes it the newest report unless a later day's exists, and removes days beyond the newest
         * {@code retentionDays}.
         *
         * @return the day folders removed
         */
        public List<Path> commit(int retentionDays) throws IOException {
            Path day = dayDir();
            Path old = null;
            if (Files.exists(day)) {
                old = reportDir.resolve(".replaced-" + UUID.randomUUID());
                AtomicFiles.move(day, old);
            }
            AtomicFiles.move(staging, day);
            if (old != null) {
                AtomicFiles.deleteRecursively(old);
            }
            if (isNewestDay()) {
                for (String file : List.of(HTML, XLSX)) {
                    Path temp = reportDir.resolve("." + file + ".tmp");
                    Files.deleteIfExists(temp);
                    Files.copy(day.resolve(file), temp);
                    AtomicFiles.move(temp, reportDir.resolve(file));
                }
            }
            return SnapshotRetention.pruneDays(reportDir, retentionDays);
        }

        public void discard() throws IOException {
            AtomicFiles.deleteRecursively(staging);
        }

        private boolean isNewestDay() throws IOException {
            try (Stream<Path> days = Files.list(reportDir)) {
                return days.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(DAY_PREFIX))
                        .allMatch(n -> n.compareTo(DAY_PREFIX + snapshotDate) <= 0);
            }
        }
    }
}
