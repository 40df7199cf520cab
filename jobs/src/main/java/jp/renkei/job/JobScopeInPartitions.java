package jp.renkei.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * Makes the job's scope (the load run, the lookups read once per load) visible on a partition's thread: Spring
 * Batch keeps it in a thread-local of the thread that runs the job. Registered first on the partition step, so that
 * the step-scoped beans created after it find it.
 */
final class JobScopeInPartitions implements StepExecutionListener {

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobSynchronizationManager.register(stepExecution.getJobExecution());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        JobSynchronizationManager.release();
        return null;
    }
}
