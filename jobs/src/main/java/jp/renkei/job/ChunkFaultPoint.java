package jp.renkei.job;

import jp.renkei.config.FaultPoint;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The test hook inside a chunk step: {@code chunk:STEP:N} is reached as the step's Nth chunk of this run begins,
 * after the chunks before it committed, so that a fault test can kill the load between two commits.
 */
final class ChunkFaultPoint implements ChunkListener<Object, Object> {

    @Override
    public void beforeChunk(Chunk<Object> chunk) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context != null) {
            var step = context.getStepExecution();
            FaultPoint.reach("chunk:" + step.getStepName() + ":" + (step.getCommitCount() + 1));
        }
    }
}
