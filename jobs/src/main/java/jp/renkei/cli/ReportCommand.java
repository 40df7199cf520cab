package jp.renkei.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import jp.renkei.config.RenkeiProperties;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.report.ReportBuilder;
import jp.renkei.report.ReportPublisher;
import jp.renkei.report.ReportQueries;
import jp.renkei.report.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the council report (report/index.html and report/report.xlsx, and report/snapshot_date=D/) "
                + "again from the published warehouse. `load` writes it with every publish.",
                "Exit codes: 0 written, 1 no published warehouse, an unknown region or a snapshot date the warehouse "
                        + "does not hold, 2 usage error."})
public class ReportCommand implements Callable<Integer> {

    @Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
            description = "Output folder holding warehouse.duckdb; the report goes to DIR/report/ (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--region", defaultValue = "${env:RENKEI_HOME_REGION:-112062}", paramLabel = "CODE",
            description = "全国地方公共団体コード of the home municipality, 5 or 6 digits (default: renkei.home-region, ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD",
            description = "The snapshot the report is of (default: the published warehouse's). The published warehouse holds "
                    + "one snapshot: reports of earlier days stay in report/snapshot_date=D/ as the night wrote them.")
    LocalDate snapshotDate;

    @Option(names = "--retention-days", defaultValue = "${env:RENKEI_SNAPSHOT_RETENTION_DAYS:-30}", paramLabel = "N",
            description = "Report days kept, like the snapshot's (default: renkei.snapshot-retention-days, ${DEFAULT-VALUE}).")
    int retentionDays;

    @Mixin
    LogFormatOption log;

    @Override
    public Integer call() {
        Path warehouse = output.resolve("warehouse.duckdb");
        if (!Files.exists(warehouse)) {
            log.err().event("error", "renkei: no published warehouse: " + warehouse + " does not exist (run `renkei load` first)");
            return 1;
        }
        String code;
        try {
            code = LocalGovCode.parse(region).value();
        } catch (IllegalArgumentException e) {
            log.err().event("error", "renkei: --region " + region + ": " + e.getMessage());
            return 2;
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly)) {
            try (Statement st = c.createStatement()) {
                st.execute("SET memory_limit = '" + RenkeiProperties.DEFAULT_DUCKDB_MEMORY_LIMIT + "'");
                st.execute("SET threads = 2");
            }
            ReportQueries.Load load = new ReportQueries(c).load(null);
            if (load == null) {
                log.err().event("error", "renkei: " + warehouse + " holds no load yet");
                return 1;
            }
            LocalDate date = snapshotDate == null ? load.runDate() : snapshotDate;
            if (!date.equals(load.runDate())) {
                Path kept = output.resolve(ReportPublisher.REPORT_DIR).resolve("snapshot_date=" + date);
                log.err().event("error", "renkei: " + warehouse + " holds the snapshot of " + load.runDate() + ", not " + date
                        + (Files.isDirectory(kept) ? "; that day's report is in " + kept : "; no report of that day is kept"));
                return 1;
            }
            ReportPublisher.StagedReport staged = ReportPublisher.stage(c, output, new ReportRequest(code, date, load.loadId()));
            List<Path> removed = staged.commit(retentionDays);
            log.out().event("report", "wrote " + staged.dayDir().resolve(ReportPublisher.HTML) + " and "
                    + ReportPublisher.XLSX + " in " + staged.millis() + " ms (" + staged.timings() + ")"
                    + (removed.isEmpty() ? "" : "; removed report days " + removed),
                    Map.of("millis", staged.millis(), "snapshot_date", date.toString(), "load_id", load.loadId()));
            return 0;
        } catch (ReportBuilder.ReportDataException e) {
            log.err().event("error", "renkei: " + e.getMessage());
            return 1;
        } catch (SQLException | java.io.IOException e) {
            log.err().event("error", "renkei: cannot write the report from " + warehouse + ": " + e.getMessage());
            return 1;
        }
    }
}
