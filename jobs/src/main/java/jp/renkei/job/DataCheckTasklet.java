package jp.renkei.job;

import java.util.List;
import java.util.Map;
import jp.renkei.config.RenkeiProperties;
import jp.renkei.load.DataChecks;
import jp.renkei.publish.SnapshotPublisher;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Gates publishing: a failed data check fails the load with its report, and nothing is published. */
public class DataCheckTasklet implements Tasklet {

    /** Thrown with the whole report; the load's failure message. */
    public static final class DataCheckFailedException extends RuntimeException {
        static final String HEADLINE = "data checks failed";

        public DataCheckFailedException(List<String> failures) {
            super(HEADLINE + ", nothing was published:\n    " + String.join("\n    ", failures));
        }
    }

    private final LoadRun run;
    private final DataChecks checks;
    private final RenkeiProperties properties;

    public DataCheckTasklet(LoadRun run, DataChecks checks, RenkeiProperties properties) {
        this.run = run;
        this.checks = checks;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Long> published;
        try {
            published = SnapshotPublisher.publishedRowCounts(run.output());
        } catch (SnapshotPublisher.UnreadableManifestException e) {
            throw new DataCheckFailedException(List.of("row drop: " + e.getMessage()));
        }
        List<String> failures = checks.run(properties.checkRatePer100kMax(), properties.checkMaxRowDrop(), published);
        if (!failures.isEmpty()) {
            throw new DataCheckFailedException(failures);
        }
        checks.passed();
        return RepeatStatus.FINISHED;
    }
}
