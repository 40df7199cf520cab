package jp.renkei.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A progress line inside a long step (the 見える化 cells of a national load run for minutes): one each time
 * another {@code everyRows} items have been read, counted over all the step's partitions, which run on several
 * threads. Listens to the step itself (which starts the count) and to its partitions (which read).
 */
public class ChunkProgress implements ChunkListener<Object, Object>, StepExecutionListener {

    private final RunLog log;
    private final long everyRows;
    private final String stepName;
    private final AtomicLong read = new AtomicLong();
    /* each partition's read count at its last chunk, by step execution id */
    private final Map<Long, Long> partitionsRead = new ConcurrentHashMap<>();
    private long reported;

    public ChunkProgress(RunLog log, long everyRows, String stepName) {
        this.log = log;
        this.everyRows = Math.max(1, everyRows);
        this.stepName = stepName;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().equals(stepName)) {
            read.set(0);
            partitionsRead.clear();
            synchronized (this) {
                reported = 0;
            }
        } else {
            partitionsRead.put(stepExecution.getId(), stepExecution.getReadCount());
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null) {
            return;
        }
        StepExecution step = context.getStepExecution();
        long now = step.getReadCount();
        Long before = partitionsRead.put(step.getId(), now);
        long total = read.addAndGet(now - (before == null ? 0 : before));
        synchronized (this) {
            if (total / everyRows > reported) {
                reported = total / everyRows;
                log.event("progress", String.format("      %s: %,d read", stepName, total),
                        Map.of("step", stepName, "read", total));
            }
        }
    }
}
