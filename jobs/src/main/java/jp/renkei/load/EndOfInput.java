package jp.renkei.load;

import org.springframework.batch.core.step.StepExecution;

/** What a step does once its reader has read every file (merge staging into the facts), in the last chunk's transaction. */
@FunctionalInterface
public interface EndOfInput {

    void finish(StepExecution step) throws Exception;
}
