package jp.renkei.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import javax.sql.DataSource;
import jp.renkei.publish.InputFile;
import jp.renkei.publish.RejectFiles;
import jp.renkei.publish.SnapshotPublisher;
import jp.renkei.publish.SnapshotResult;
import jp.renkei.publish.SnapshotRetention;
import jp.renkei.publish.WarehousePublisher;
import jp.renkei.report.ReportBuilder;
import jp.renkei.report.ReportPublisher;
import jp.renkei.report.ReportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step: rejects as CSV, the council report (rendered aside first), the Parquet snapshot, then the
 * warehouse file analysts open, then the report renamed into place. Each is written aside and renamed into
 * place, so a failure here leaves the previous night's output as it was.
 * Runs on its own auto-commit connection: what it copies was committed by the steps before.
 */
public class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    /** The Parquet snapshot's tables: the analysts' views, flat for BI tools. Free text never goes here. */
    public static final SequencedMap<String, String> SNAPSHOT_TABLES;

    static {
        SequencedMap<String, String> tables = new LinkedHashMap<>();
        tables.put("indicator_values", "SELECT * FROM v_indicator_values ORDER BY indicator_id, region_code, period_key");
        tables.put("region_comparison", "SELECT * FROM v_region_comparison ORDER BY indicator_id, period_key, region_code");
        tables.put("population", "SELECT * FROM v_population ORDER BY region_code, base, as_of_date");
        tables.put("activities", "SELECT * FROM v_activities ORDER BY working_group, item, as_of_date");
        tables.put("regions", "SELECT * FROM dim_region ORDER BY region_code");
        // the suppressed, publishable survey tables only: no respondents, no free text
        tables.put("survey_results", "SELECT * FROM v_survey_results");
        tables.put("survey_numeric", "SELECT * FROM v_survey_numeric");
        SNAPSHOT_TABLES = Collections.unmodifiableSequencedMap(tables);
    }

    /** The national-size tables are read five indicators at a time: the driver holds a whole result in memory. */
    public static final Map<String, SnapshotPublisher.Slicing> SLICED = Map.of(
            "indicator_values", new SnapshotPublisher.Slicing("indicator_id",
                    "SELECT DISTINCT indicator_id FROM fct_indicator_value ORDER BY 1"),
            "region_comparison", new SnapshotPublisher.Slicing("indicator_id",
                    "SELECT DISTINCT indicator_id FROM fct_indicator_value ORDER BY 1"));

    private final LoadRun run;
    private final DataSource dataSource;

    private final boolean enabled;
    private final int retentionDays;
    private final boolean inputUnchanged;
    private final int parallelism;
    private final String homeRegion;

    /**
     * @param inputUnchanged every input file is one the warehouse already reflected before this load
     * @param parallelism    snapshot tables written at once
     */
    public PublishTasklet(LoadRun run, DataSource dataSource, boolean enabled, int retentionDays, boolean inputUnchanged,
            int parallelism, String homeRegion) {
        this.run = run;
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.retentionDays = retentionDays;
        this.inputUnchanged = inputUnchanged;
        this.parallelism = parallelism;
        this.homeRegion = homeRegion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!enabled) {
            return RepeatStatus.FINISHED; // a dry run: renkei validate
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            int rejects = RejectFiles.write(c, run.output(), run.loadId());
            // rendered before anything is switched, renamed into place after the warehouse: a report that cannot
            // be written fails the publish, and a failed publish leaves last night's report
            ReportPublisher.StagedReport report = stageReport(c);
            SnapshotResult snapshot;
            try {
                snapshot = publishData(c);
            } catch (Exception e) {
                if (report != null) {
                    report.discard();
                }
                throw e;
            }
            if (report != null) {
                List<Path> removedReports = report.commit(retentionDays);
                log.info("wrote {}/{} and {} in {} ms ({}){}", ReportPublisher.REPORT_DIR, ReportPublisher.HTML,
                        ReportPublisher.XLSX, report.millis(), report.timings(),
                        removedReports.isEmpty() ? "" : "; removed report days " + removedReports);
            }
            List<String> removed = SnapshotRetention.prune(run.output(), retentionDays);
            if (!removed.isEmpty()) {
                log.info("removed snapshot days beyond the newest {}: {}", retentionDays, removed);
            }
            log.info("published {} and parquet/ (snapshot_date={}, {}); {} rejects in rejects/",
                    WarehousePublisher.WAREHOUSE_FILE, snapshot.snapshotDate(), snapshot.rowCounts(), rejects);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * The report rendered aside, or null when the warehouse lacks the home region (an input of other
     * municipalities): the data is published all the same, and the log says why there is no report.
     */
    private ReportPublisher.StagedReport stageReport(Connection c) throws Exception {
        try {
            return ReportPublisher.stage(c, run.output(), new ReportRequest(homeRegion, run.runDate(), run.loadId()));
        } catch (ReportBuilder.ReportDataException e) {
            log.warn("no report written: {} (renkei.home-region)", e.getMessage());
            return null;
        }
    }

    private SnapshotResult publishData(Connection c) throws Exception {
        SnapshotResult snapshot = new SnapshotPublisher(parallelism).publish(run.output(), run.runDate(), c, SNAPSHOT_TABLES,
                SLICED, run.inventory().files().stream().map(InputFile::of).toList());
        if (inputUnchanged && snapshot.nothingChanged() && Files.exists(run.output().resolve(WarehousePublisher.WAREHOUSE_FILE))) {
            // the same input and the same published rows: the published file already holds this night's data
            log.info("{} left as it was: no input file and no published row changed", WarehousePublisher.WAREHOUSE_FILE);
        } else {
            new WarehousePublisher().publish(c, run.output());
        }
        return snapshot;
    }
}
