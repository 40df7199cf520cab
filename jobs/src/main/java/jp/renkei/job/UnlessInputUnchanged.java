package jp.renkei.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Runs a step's tasklet unless the prepare step found every input file to be one the warehouse already
 * reflects: then reading the small sources again (regions, population, activities) and checking data that did
 * not change would only repeat the last successful load. A night with nothing new takes seconds.
 */
final class UnlessInputUnchanged implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(UnlessInputUnchanged.class);

    private final String what;
    private final Tasklet tasklet;

    /** @param what the step's work, for the log line ("regions and catalogue") */
    UnlessInputUnchanged(String what, Tasklet tasklet) {
        this.what = what;
        this.tasklet = tasklet;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Object unchanged = contribution.getStepExecution().getJobExecution().getExecutionContext()
                .get(PrepareLoadTasklet.INPUT_UNCHANGED);
        if (Boolean.TRUE.equals(unchanged)) {
            log.info("{}: skipped, no input file changed since the last load", what);
            return RepeatStatus.FINISHED;
        }
        return tasklet.execute(contribution, chunkContext);
    }
}
