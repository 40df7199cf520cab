package jp.renkei.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.config.RenkeiProperties;
import jp.renkei.load.DataChecks;
import jp.renkei.publish.SnapshotPublisher;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.JsonNode;
import jp.renkei.config.Json;

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
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<String> failures = checks.run(properties.checkRatePer100kMax(), properties.checkMaxRowDrop(),
                lastPublishedCounts(run.output()));
        if (!failures.isEmpty()) {
            throw new DataCheckFailedException(failures);
        }
        return RepeatStatus.FINISHED;
    }

    /** Row counts per table of the snapshot now published, from its manifest. */
    static Map<String, Long> lastPublishedCounts(Path output) throws IOException {
        Path manifest = output.resolve(SnapshotPublisher.PARQUET_DIR).resolve(SnapshotPublisher.MANIFEST);
        Map<String, Long> counts = new HashMap<>();
        if (Files.exists(manifest)) {
            JsonNode tables = Json.MAPPER.readTree(manifest.toFile()).path("tables");
            for (JsonNode t : tables) {
                counts.put(t.path("name").asString(), t.path("row_count").asLong());
            }
        }
        return counts;
    }
}
