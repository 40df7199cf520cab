package jp.renkei.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.renkei.config.FaultPoint;
import jp.renkei.input.InputVerification;
import jp.renkei.publish.ManifestInputFile;
import jp.renkei.publish.PublishedArtefact;
import jp.renkei.publish.SnapshotManifest;
import jp.renkei.publish.SnapshotPublisher;
import jp.renkei.publish.SnapshotTables;
import jp.renkei.publish.StagedSnapshot;
import jp.renkei.publish.Switchover;
import jp.renkei.publish.SnapshotRetention;
import jp.renkei.publish.WarehousePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step: the Parquet snapshot, the warehouse file analysts open, the rejects as CSV (and any other
 * {@link PublishedArtefact}) are all written aside, the input files are checked to be the bytes the load read,
 * and then one {@link Switchover} makes them visible together; a failure or a kill leaves (or, at the next
 * start, puts back) the previous night's output.
 * Runs on its own auto-commit connection: what it copies was committed by the steps before.
 */
public class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final LoadRun run;
    private final DataSource dataSource;

    private final boolean enabled;
    private final int retentionDays;
    private final boolean inputUnchanged;
    private final int parallelism;
    private final List<PublishedArtefact> artefacts;

    /**
     * @param inputUnchanged every input file is one the published output already reflected before this load
     * @param parallelism    snapshot tables written at once
     * @param artefacts      what else is published in the same switch-over (the rejects, a report)
     */
    public PublishTasklet(LoadRun run, DataSource dataSource, boolean enabled, int retentionDays, boolean inputUnchanged,
            int parallelism, List<PublishedArtefact> artefacts) {
        this.run = run;
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.retentionDays = retentionDays;
        this.inputUnchanged = inputUnchanged;
        this.parallelism = parallelism;
        this.artefacts = List.copyOf(artefacts);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!enabled) {
            return RepeatStatus.FINISHED; // a dry run: renkei validate
        }
        FaultPoint.reach("publish");
        Path output = run.output();
        try {
            publish(output);
        } catch (Exception e) {
            try {
                Switchover.recover(output); // a failed switch-over has rolled back already: only staged files are left
            } catch (java.io.IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return RepeatStatus.FINISHED;
    }

    private void publish(Path output) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Switchover.recover(output); // a previous attempt's staged files
            Path staging = Switchover.stagingRoot(output);
            StagedSnapshot snapshot = new SnapshotPublisher(parallelism).stage(output, run.runDate(), c,
                    SnapshotTables.QUERIES, SnapshotTables.SLICED, SnapshotTables.PARTITIONED, run.inventory().files().stream().map(ManifestInputFile::of).toList(),
                    new SnapshotManifest.Origin(run.loadId(), run.inventory().fingerprint()));
            Path warehouse = null;
            Path published = output.resolve(WarehousePublisher.WAREHOUSE_FILE);
            boolean nothingChanged = inputUnchanged && snapshot.result().nothingChanged()
                    && new WarehousePublisher().hasSchemaOf(c, published);
            if (nothingChanged) {
                // the same input, the same published rows and the same schema: the published file already holds this night's data
                log.info("{} left as it was: no input file, no published row and no part of the schema changed",
                        WarehousePublisher.WAREHOUSE_FILE);
            } else {
                warehouse = new WarehousePublisher().copy(c, staging.resolve(WarehousePublisher.WAREHOUSE_FILE), published).file();
            }
            Map<String, Path> staged = new LinkedHashMap<>();
            for (PublishedArtefact artefact : artefacts) {
                Path at = staging.resolve(artefact.path());
                if (artefact.stage(c, at, run.runDate(), nothingChanged)) {
                    staged.put(artefact.path(), at);
                }
            }
            // the manifest names these bytes: they must be the ones the load read
            InputVerification.verify(run.inventory());
            FaultPoint.reach("publish:staged");
            Path stagedWarehouse = warehouse;
            snapshot.switchOver(new Switchover(output), switchover -> {
                if (stagedWarehouse != null) {
                    switchover.replace(WarehousePublisher.WAREHOUSE_FILE, stagedWarehouse);
                }
                staged.forEach(switchover::replace);
            });
            try { // published: a failure to tidy old days must not fail the load
                List<String> removed = SnapshotRetention.prune(output, retentionDays);
                if (!removed.isEmpty()) {
                    log.info("removed snapshot days beyond the newest {}: {}", retentionDays, removed);
                }
            } catch (java.io.IOException | RuntimeException e) {
                log.warn("snapshot days beyond the newest {} could not be removed: {}", retentionDays, e.getMessage());
            }
            log.info("published {}{} and parquet/ (snapshot_date={}, {})", WarehousePublisher.WAREHOUSE_FILE,
                    staged.isEmpty() ? "" : ", " + String.join("/, ", staged.keySet()) + "/",
                    snapshot.result().snapshotDate(), snapshot.result().rowCounts());
        }
    }
}
