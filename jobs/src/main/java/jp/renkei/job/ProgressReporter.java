package jp.renkei.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import jp.renkei.load.StepCounts;
import org.springframework.batch.core.step.StepExecution;

/** Prints one line per finished step, so that a person (or cron's mail) sees how far a load got. */
public class ProgressReporter implements StepExecutionListener {

    private final PrintStream out;
    private final int totalSteps;

    public ProgressReporter(PrintStream out, int totalSteps) {
        this.out = out;
        this.totalSteps = totalSteps;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        long n = step.getJobExecution().getStepExecutions().size();
        Duration took = Duration.between(step.getStartTime(), step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime());
        var context = step.getExecutionContext();
        String extra = (context.containsKey(StepCounts.REPLACED) ? "  replaced " + context.getLong(StepCounts.REPLACED) : "")
                + (context.containsKey(StepCounts.SKIPPED_FILES)
                ? "  unchanged exports not read again " + context.getInt(StepCounts.SKIPPED_FILES) : "");
        out.printf("[%d/%d] %-16s %-9s read %,d  loaded %,d  rejected %,d%s  (%.1f s)%n", n, totalSteps,
                step.getStepName(), step.getExitStatus().getExitCode(), step.getReadCount(),
                context.getLong(StepCounts.LOADED, 0L), context.getLong(StepCounts.REJECTED, 0L), extra,
                took.toMillis() / 1000.0);
        return step.getExitStatus();
    }
}
