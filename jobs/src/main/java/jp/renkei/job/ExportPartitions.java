package jp.renkei.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.renkei.input.InputFile;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The 見える化 exports the load reads, in partitions of consecutive exports (in path order): the exports are
 * independent files, so two threads read and normalise two partitions at once. A few partitions per thread keep both
 * threads busy to the end; more would cost job-repository writes for nothing (each partition is a step execution,
 * created, updated and finished in its own transactions: at one per export they cost a sixth of the step). A
 * partition's context holds its range in the list of exports to read; the list is the same when a stopped load runs
 * again (the same input, and the same exports to read: what the warehouse reflects changes only in the merge after
 * this step), so a restart resumes each partition where its last chunk committed and does not read a completed one
 * again.
 */
final class ExportPartitions implements Partitioner {

    /** Partition step execution context keys: the partition's first export and the one after its last. */
    static final String FROM = "renkei.exports.from";
    static final String TO = "renkei.exports.to";
    /** Partitions per thread. */
    static final int PER_THREAD = 4;
    /** Between the step's name and the partition's in a partition's step execution name. */
    static final char SEPARATOR = ':';

    private final Supplier<List<InputFile>> exports;
    private final int threads;

    /** @param exports the exports this load reads, in path order, asked for when the step starts */
    ExportPartitions(Supplier<List<InputFile>> exports, int threads) {
        this.exports = exports;
        this.threads = Math.max(1, threads);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        int files = exports.get().size();
        int count = Math.min(files, threads * PER_THREAD);
        for (int i = 0; i < count; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM, (int) ((long) files * i / count));
            context.putInt(TO, (int) ((long) files * (i + 1) / count));
            partitions.put(name(i), context);
        }
        return partitions;
    }

    static String name(int index) {
        return String.format("exports%03d", index + 1);
    }

    /** Whether a step execution is one partition of a partitioned step, not a step of the job. */
    static boolean isPartition(String stepName) {
        return stepName.indexOf(SEPARATOR) >= 0;
    }
}
