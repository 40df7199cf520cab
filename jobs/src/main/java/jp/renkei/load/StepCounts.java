package jp.renkei.load;

import org.springframework.batch.core.step.StepExecution;

/**
 * Rows loaded and rejected by a step, kept in its execution context so that they commit with the chunk
 * and survive a restart.
 */
public final class StepCounts {

    public static final String LOADED = "renkei.loaded";
    public static final String REJECTED = "renkei.rejected";
    public static final String REPLACED = "renkei.replaced";
    public static final String SKIPPED_FILES = "renkei.skipped-files";
    /** Survey rows set aside because their respondent id repeats an earlier row's: read, neither loaded nor rejected. */
    public static final String REPEATS = "renkei.repeats";

    private StepCounts() {
    }

    /** For tasklets, which read outside Spring Batch's reader: rows read = rows loaded + rows rejected. */
    public static void addRead(StepExecution step, long loaded, long rejected) {
        step.setReadCount(step.getReadCount() + loaded + rejected);
        add(step, loaded, rejected);
    }

    /** Rows read and set aside as repeats of an earlier row (a survey's repeated respondent id). */
    public static void addRepeats(StepExecution step, long repeats) {
        step.setReadCount(step.getReadCount() + repeats);
        var c = step.getExecutionContext();
        c.putLong(REPEATS, c.getLong(REPEATS, 0L) + repeats);
    }

    /** Rows of older file versions a merge deleted (a changed or removed export). */
    public static void replaced(StepExecution step, long replaced) {
        var c = step.getExecutionContext();
        c.putLong(REPLACED, c.getLong(REPLACED, 0L) + replaced);
    }

    public static void add(StepExecution step, long loaded, long rejected) {
        var c = step.getExecutionContext();
        c.putLong(LOADED, c.getLong(LOADED, 0L) + loaded);
        c.putLong(REJECTED, c.getLong(REJECTED, 0L) + rejected);
    }
}
