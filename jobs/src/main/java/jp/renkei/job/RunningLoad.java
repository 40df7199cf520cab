package jp.renkei.job;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The load this process is running, held in memory so that a stop can be asked of it without writing the job
 * repository from a second connection: DuckDB refused the running chunk's own update after such a write ("Conflict
 * on update!") and the load ended FAILED instead of STOPPED.
 */
public class RunningLoad implements JobExecutionListener {

    /** The step that switches the published output over: once begun it runs to its end, which is atomic anyway. */
    static final String UNSTOPPABLE_STEP = "publish";

    private final AtomicReference<JobExecution> running = new AtomicReference<>();

    @Override
    public void beforeJob(JobExecution execution) {
        running.set(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.compareAndSet(execution, null);
    }

    /**
     * Asks the load to stop after the chunk it is in: the job's next step does not start, and the running step ends
     * STOPPED after its current chunk commits. A publish in progress finishes: stopping it would leave a load
     * marked STOPPED whose output is already published.
     *
     * @return false when no load is running, or when the publish is running and will finish
     */
    boolean requestStop() {
        JobExecution execution = running.get();
        if (execution == null) {
            return false;
        }
        boolean publishing = false;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getEndTime() == null && step.getStatus().isRunning()) {
                if (UNSTOPPABLE_STEP.equals(step.getStepName())) {
                    publishing = true;
                } else {
                    step.setTerminateOnly();
                }
            }
        }
        if (publishing) {
            return false;
        }
        execution.setStatus(BatchStatus.STOPPING);
        return true;
    }
}
