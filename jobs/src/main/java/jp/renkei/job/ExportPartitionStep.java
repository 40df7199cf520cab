package jp.renkei.job;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.PartitionStep;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The 見える化 step: its partitions (one per export) run on {@code threads} threads, in path order, and a partition
 * that fails fails the step with the partition's own exception, so that the load reports it in the operator's words
 * (a full disk, a file that cannot be read) and not as "a partition failed".
 */
final class ExportPartitionStep extends PartitionStep {

    ExportPartitionStep(JobRepository repository, String name, Partitioner partitioner, Step partitionStep, int threads,
                        StepExecutionAggregator aggregator) {
        super(repository);
        setName(name);
        setStepExecutionSplitter(new SimpleStepExecutionSplitter(repository, name, partitioner));
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(Math.max(1, threads));
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler() {
            @Override
            protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
                Set<StepExecution> inOrder = new LinkedHashSet<>();
                partitions.stream().sorted(Comparator.comparing(StepExecution::getStepName)).forEach(inOrder::add);
                return super.doHandle(manager, inOrder);
            }
        };
        handler.setTaskExecutor(executor);
        handler.setStep(partitionStep);
        setPartitionHandler(handler);
        setStepExecutionAggregator(aggregator);
    }

    @Override
    protected void doExecute(StepExecution stepExecution) throws Exception {
        try {
            super.doExecute(stepExecution);
        } catch (JobExecutionException e) {
            for (StepExecution partition : stepExecution.getJobExecution().getStepExecutions()) {
                if (partition.getStepName().startsWith(getName() + ExportPartitions.SEPARATOR)
                        && !partition.getFailureExceptions().isEmpty()) {
                    Throwable cause = partition.getFailureExceptions().getFirst();
                    if (cause instanceof Exception ex) {
                        throw ex;
                    }
                    throw new IllegalStateException(cause.getMessage(), cause);
                }
            }
            throw e;
        }
    }
}
