package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's folders: a day per snapshot date with the snapshot's retention, the newest day's files on top. */
class ReportPublisherTest {

    @TempDir
    Path report;

    @Test
    void keepsTheNewestDaysAndTheNewestOnTop() throws Exception {
        for (String day : List.of("2026-11-20", "2026-11-21", "2026-11-22")) {
            commit(day, "report of " + day, 2);
        }
        assertThat(days()).containsExactly("snapshot_date=2026-11-21", "snapshot_date=2026-11-22");
        assertThat(Files.readString(report.resolve("index.html"))).isEqualTo("report of 2026-11-22");

        // written again for an earlier day kept: that day's folder changes, the newest stays on top
        commit("2026-11-21", "again", 2);
        assertThat(Files.readString(report.resolve("snapshot_date=2026-11-21/index.html"))).isEqualTo("again");
        assertThat(Files.readString(report.resolve("index.html"))).isEqualTo("report of 2026-11-22");
        assertThat(days()).containsExactly("snapshot_date=2026-11-21", "snapshot_date=2026-11-22");
        try (Stream<Path> all = Files.list(report)) {
            assertThat(all.map(p -> p.getFileName().toString())).as("nothing staged or replaced left behind")
                    .containsExactlyInAnyOrder("index.html", "report.xlsx", "snapshot_date=2026-11-21", "snapshot_date=2026-11-22");
        }
    }

    @Test
    void aDiscardedReportLeavesNothing() throws Exception {
        commit("2026-11-20", "kept", 30);
        ReportPublisher.StagedReport staged = stage("2026-11-21", "failed night");
        staged.discard();
        assertThat(days()).containsExactly("snapshot_date=2026-11-20");
        assertThat(Files.readString(report.resolve("index.html"))).isEqualTo("kept");
        assertThat(staged.staging()).doesNotExist();
    }

    private void commit(String day, String html, int keep) throws Exception {
        stage(day, html).commit(keep);
    }

    /** A staged folder as ReportPublisher.stage leaves it, without a warehouse behind it. */
    private ReportPublisher.StagedReport stage(String day, String html) throws Exception {
        Path staging = report.resolve(".staging-" + day);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(ReportPublisher.HTML), html);
        Files.writeString(staging.resolve(ReportPublisher.XLSX), "xlsx " + html);
        return new ReportPublisher.StagedReport(report, staging, LocalDate.parse(day), null, 0, "");
    }

    private List<String> days() throws Exception {
        try (Stream<Path> all = Files.list(report)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("snapshot_date=")).sorted().toList();
        }
    }
}
