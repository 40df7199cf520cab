package jp.renkei.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import jp.renkei.config.FaultPoint;
import jp.renkei.load.StepCounts;
import org.springframework.batch.core.step.StepExecution;

/** Prints one line per finished step, so that a person (or cron's mail) sees how far a load got. */
public class ProgressReporter implements StepExecutionListener {

    private final RunLog log;
    private final List<String> steps;

    /** @param steps the job's step names in order: a restarted job runs only some, but keeps their numbers */
    public ProgressReporter(RunLog log, List<String> steps) {
        this.log = log;
        this.steps = List.copyOf(steps);
    }

    RunLog log() {
        return log;
    }

    @Override
    public void beforeStep(StepExecution step) {
        FaultPoint.reach("step:" + step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Duration took = Duration.between(step.getStartTime(), step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime());
        var context = step.getExecutionContext();
        String extra = (context.containsKey(StepCounts.REPLACED) ? "  replaced " + context.getLong(StepCounts.REPLACED) : "")
                + (context.containsKey(StepCounts.SKIPPED_FILES)
                ? "  unchanged exports not read again " + context.getInt(StepCounts.SKIPPED_FILES) : "");
        line(step.getStepName(), step.getExitStatus().getExitCode(), step.getReadCount(), context.getLong(StepCounts.LOADED, 0L),
                context.getLong(StepCounts.REJECTED, 0L), context.getLong(StepCounts.REPLACED, 0L), extra, took);
        return step.getExitStatus();
    }

    /** The line of a step the job passed over (its input did not change): complete, with nothing read. */
    void passedOver(String stepName) {
        line(stepName, ExitStatus.COMPLETED.getExitCode(), 0, 0, 0, 0, "", Duration.ZERO);
    }

    private void line(String stepName, String status, long read, long loaded, long rejected, long replaced, String extra,
                      Duration took) {
        int n = steps.indexOf(stepName) + 1;
        int totalSteps = steps.size();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("step", stepName);
        fields.put("step_number", n);
        fields.put("steps", totalSteps);
        fields.put("status", status);
        fields.put("read", read);
        fields.put("loaded", loaded);
        fields.put("rejected", rejected);
        fields.put("replaced", replaced);
        fields.put("seconds", took.toMillis() / 1000.0);
        log.event("step", String.format("[%d/%d] %-16s %-9s read %,d  loaded %,d  rejected %,d%s  (%.1f s)", n, totalSteps,
                stepName, status, read, loaded, rejected, extra, took.toMillis() / 1000.0), fields);
    }
}
