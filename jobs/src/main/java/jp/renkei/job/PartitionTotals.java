package jp.renkei.job;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.renkei.load.StepCounts;
import jp.renkei.source.indicator.IndicatorInputReader;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Adds up the 見える化 step's partitions. The counts Spring Batch keeps (read, written) are those of this run, as for
 * any restarted step; the load's own figures (rows loaded and rejected, empty exports, unreadable books) are those
 * of every partition, including those a run before a restart completed, as the single step's context held them.
 */
final class PartitionTotals implements StepExecutionAggregator {

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();
    private final JobRepository repository;
    private final Partitioner partitions;

    PartitionTotals(JobRepository repository, Partitioner partitions) {
        this.repository = repository;
        this.partitions = partitions;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        counts.aggregate(result, executions);
        Map<String, StepExecution> latest = new TreeMap<>();
        executions.forEach(e -> latest.put(e.getStepName(), e));
        for (String name : partitions.partition(0).keySet()) {
            String stepName = result.getStepName() + ExportPartitions.SEPARATOR + name;
            if (!latest.containsKey(stepName)) {
                StepExecution before = repository.getLastStepExecution(result.getJobExecution().getJobInstance(), stepName);
                if (before != null) {
                    latest.put(stepName, before);
                }
            }
        }
        long loaded = 0;
        long rejected = 0;
        int empty = 0;
        Set<String> unreadable = new LinkedHashSet<>();
        for (StepExecution partition : latest.values()) {
            ExecutionContext c = partition.getExecutionContext();
            loaded += c.getLong(StepCounts.LOADED, 0L);
            rejected += c.getLong(StepCounts.REJECTED, 0L);
            empty += c.getInt(IndicatorInputReader.EMPTY_EXPORTS, 0);
            unreadable.addAll(IndicatorInputReader.unreadable(c));
        }
        ExecutionContext total = result.getExecutionContext();
        total.putLong(StepCounts.LOADED, loaded);
        total.putLong(StepCounts.REJECTED, rejected);
        total.putInt(IndicatorInputReader.EMPTY_EXPORTS, empty);
        total.putString(IndicatorInputReader.UNREADABLE_BOOKS, String.join(",", unreadable));
    }
}
