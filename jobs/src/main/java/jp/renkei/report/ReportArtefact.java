package jp.renkei.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.publish.PublishedArtefact;
import jp.renkei.publish.SnapshotPublisher;
import jp.renkei.publish.SnapshotRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council report as part of a load's publish: the whole {@code report/} folder is staged (the earlier days'
 * folders hard-linked, the new day rendered, days beyond the retention left out, the newest day's two files on
 * top) and switched over together with the warehouse and the snapshot, so a failed or killed publish leaves
 * the previous report, and a published report always describes the published data.
 */
public final class ReportArtefact implements PublishedArtefact {

    private static final Logger log = LoggerFactory.getLogger(ReportArtefact.class);

    private final Path output;
    private final String homeRegion;
    private final String loadId;
    private final int retentionDays;

    public ReportArtefact(Path output, String homeRegion, String loadId, int retentionDays) {
        this.output = output;
        this.homeRegion = homeRegion;
        this.loadId = loadId;
        this.retentionDays = retentionDays;
    }

    @Override
    public String path() {
        return ReportPublisher.REPORT_DIR;
    }

    @Override
    public boolean stage(Connection working, Path staged, LocalDate runDate, boolean nothingChanged)
            throws IOException, SQLException {
        String day = ReportPublisher.dayFolder(runDate);
        Path published = output.resolve(ReportPublisher.REPORT_DIR);
        Path previous = nothingChanged ? newestDay(published) : null;
        ReportStamp stamp = previous == null ? null : ReportStamp.in(previous);
        String written;
        if (reissuable(previous, stamp)) {
            long start = System.nanoTime();
            ReportModel.Cover cover = stamp.cover().on(runDate, loadId);
            ReportReissue.write(previous, staged.resolve(day), cover);
            new ReportStamp(stamp.renderer(), homeRegion, loadId, cover, previous.getFileName().toString())
                    .writeInto(staged.resolve(day));
            written = "re-issued the report of " + previous.getFileName() + " with a new cover, as no published row "
                    + "changed, in " + (System.nanoTime() - start) / 1_000_000 + " ms";
        } else {
            ReportPublisher.Rendered rendered;
            try {
                rendered = ReportPublisher.render(working, staged.resolve(day), new ReportRequest(homeRegion, runDate, loadId));
            } catch (ReportBuilder.ReportDataException e) {
                // an input of other municipalities: the data is published all the same, the report left as it was
                log.warn("no report written: {} (renkei.home-region)", e.getMessage());
                return false;
            }
            written = "wrote " + ReportPublisher.REPORT_DIR + "/" + ReportPublisher.HTML + " and " + ReportPublisher.XLSX
                    + " in " + rendered.millis() + " ms (" + rendered.timings() + ")";
        }
        if (Files.isDirectory(published)) {
            try (Stream<Path> days = Files.list(published)) {
                for (Path earlier : days.filter(p -> p.getFileName().toString().startsWith("snapshot_date="))
                        .filter(p -> !p.getFileName().toString().equals(day)).toList()) {
                    linkTree(earlier, staged.resolve(earlier.getFileName().toString()));
                }
            }
        }
        SnapshotRetention.pruneDays(staged, retentionDays);
        Path newest = newestDay(staged);
        for (String file : List.of(ReportPublisher.HTML, ReportPublisher.XLSX)) {
            Files.copy(newest.resolve(file), staged.resolve(file));
        }
        log.info("{}", written);
        return true;
    }

    /**
     * Whether the newest published day's report shows the data published now, for this municipality, made by this
     * code: its {@link ReportStamp} says so. Otherwise the report is rendered.
     */
    private boolean reissuable(Path newest, ReportStamp stamp) {
        return stamp != null && stamp.cover() != null && java.util.Objects.equals(homeRegion, stamp.homeRegion())
                && java.util.Objects.equals(SnapshotPublisher.publishedOrigin(output).loadId(), stamp.loadId())
                && RendererVersion.current().equals(stamp.renderer()) && ReportReissue.canReissue(newest);
    }

    /** The newest day folder under a report folder, or null when it has none (or does not exist). */
    private static Path newestDay(Path reportDir) throws IOException {
        if (!Files.isDirectory(reportDir)) {
            return null;
        }
        try (Stream<Path> days = Files.list(reportDir)) {
            return days.filter(p -> p.getFileName().toString().startsWith("snapshot_date="))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        }
    }

    /** The files of an earlier day, as hard links (a copy where the file system has none). */
    private static void linkTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(f.getFileName().toString());
                if (Files.isDirectory(f)) {
                    linkTree(f, target);
                    continue;
                }
                try {
                    Files.createLink(target, f);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
