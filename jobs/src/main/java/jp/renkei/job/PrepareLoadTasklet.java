package jp.renkei.job;

import jp.renkei.load.LoadRegistry;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Records the load and its input files, and empties staging: every load starts from a clean slate. */
public class PrepareLoadTasklet implements Tasklet {

    private final LoadRun run;
    private final LoadRegistry registry;

    public PrepareLoadTasklet(LoadRun run, LoadRegistry registry) {
        this.run = run;
        this.registry = registry;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        registry.begin(run.loadId(), run.runDate(), run.inventory(), LoadRegistry.version());
        return RepeatStatus.FINISHED;
    }
}
