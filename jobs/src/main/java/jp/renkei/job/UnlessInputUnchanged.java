package jp.renkei.job;

import java.util.stream.Collectors;
import jp.renkei.input.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a step unless the prepare step found the files it depends on to be ones the warehouse already reflects: then
 * reading a small source again (regions, population, activities) or checking data that did not change would only
 * repeat the last successful load. A night with nothing new takes seconds, and a night with new exports only does not
 * read the region master or the activities again. A step passed over still has its progress line, with nothing read,
 * so that the log of every night lists every step.
 */
final class UnlessInputUnchanged implements JobExecutionDecider {

    /** The decision to pass over the step. */
    static final FlowExecutionStatus SKIP = new FlowExecutionStatus("SKIP");
    /** The decision to run it. */
    static final FlowExecutionStatus RUN = new FlowExecutionStatus("RUN");

    private static final Logger log = LoggerFactory.getLogger(UnlessInputUnchanged.class);

    private final String what;
    private final String step;
    private final SourceKind source;
    private final ProgressReporter progress;

    /**
     * @param what   the step's work, for the log line ("regions and catalogue")
     * @param step   the step's name
     * @param source the small source the step reads, or null for a step that depends on every input file
     */
    UnlessInputUnchanged(String what, String step, SourceKind source, ProgressReporter progress) {
        this.what = what;
        this.step = step;
        this.source = source;
        this.progress = progress;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        var context = jobExecution.getExecutionContext();
        if (Boolean.TRUE.equals(context.get(PrepareLoadTasklet.INPUT_UNCHANGED))) {
            log.info("{}: skipped, no input file changed since the last load", what);
        } else if (source != null && Boolean.TRUE.equals(context.get(PrepareLoadTasklet.unchangedKey(source)))) {
            log.info("{}: skipped, no file of {} changed since the last load", what, PrepareLoadTasklet.DEPENDS_ON
                    .get(source).stream().map(k -> k.folder() + "/").collect(Collectors.joining(" or ")));
        } else {
            return RUN;
        }
        progress.passedOver(step);
        return SKIP;
    }

    @Override
    public String toString() {
        return step + "?";
    }
}
