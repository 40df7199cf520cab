package jp.renkei.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a step unless the prepare step found every input file to be one the warehouse already reflects: then reading
 * the small sources again (regions, population, activities) and checking data that did not change would only repeat
 * the last successful load. A night with nothing new takes seconds. A step passed over still has its progress line,
 * with nothing read, so that the log of every night lists every step.
 */
final class UnlessInputUnchanged implements JobExecutionDecider {

    /** The decision to pass over the step. */
    static final FlowExecutionStatus SKIP = new FlowExecutionStatus("SKIP");
    /** The decision to run it. */
    static final FlowExecutionStatus RUN = new FlowExecutionStatus("RUN");

    private static final Logger log = LoggerFactory.getLogger(UnlessInputUnchanged.class);

    private final String what;
    private final String step;
    private final ProgressReporter progress;

    /**
     * @param what the step's work, for the log line ("regions and catalogue")
     * @param step the step's name
     */
    UnlessInputUnchanged(String what, String step, ProgressReporter progress) {
        this.what = what;
        this.step = step;
        this.progress = progress;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        if (Boolean.TRUE.equals(jobExecution.getExecutionContext().get(PrepareLoadTasklet.INPUT_UNCHANGED))) {
            log.info("{}: skipped, no input file changed since the last load", what);
            progress.passedOver(step);
            return SKIP;
        }
        return RUN;
    }

    @Override
    public String toString() {
        return step + "?";
    }
}
