package jp.renkei.job;

import java.util.Map;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A progress line inside a long step (the 見える化 cells of a national load run for minutes): one each time
 * another {@code everyRows} items have been read.
 */
public class ChunkProgress implements ChunkListener<Object, Object>, StepExecutionListener {

    private final RunLog log;
    private final long everyRows;
    private StepExecution step;
    private long reported;

    public ChunkProgress(RunLog log, long everyRows) {
        this.log = log;
        this.everyRows = Math.max(1, everyRows);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.reported = stepExecution.getReadCount() / everyRows;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        if (step == null) {
            return;
        }
        long read = step.getReadCount();
        if (read / everyRows > reported) {
            reported = read / everyRows;
            log.event("progress", String.format("      %s: %,d read", step.getStepName(), read),
                    Map.of("step", step.getStepName(), "read", read));
        }
    }
}
