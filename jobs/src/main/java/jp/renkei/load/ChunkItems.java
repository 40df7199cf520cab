package jp.renkei.load;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceFileLog;
import jp.renkei.normalise.LoadItem;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A chunk's items sorted by kind: rows, rejects, files described, and whether the input ended in it.
 *
 * @param ended whether the chunk holds the end of the input (the step's merge then runs in its transaction)
 */
record ChunkItems<T>(List<T> rows, List<InputProblem> rejects, List<LoadItem.Described<T>> described, boolean ended) {

    static <T> ChunkItems<T> of(Chunk<? extends LoadItem<T>> chunk) {
        List<T> rows = new ArrayList<>();
        List<InputProblem> rejects = new ArrayList<>();
        List<LoadItem.Described<T>> described = new ArrayList<>();
        boolean ended = false;
        for (LoadItem<T> item : chunk) {
            switch (item) {
                case LoadItem.Row<T> r -> rows.add(r.row());
                case LoadItem.Reject<T> r -> rejects.add(r.problem());
                case LoadItem.Described<T> d -> described.add(d);
                case LoadItem.End<T> e -> ended = true;
            }
        }
        return new ChunkItems<>(rows, rejects, described, ended);
    }

    /**
     * Notes how the chunk's files were read and counts its rows loaded and rejected. Spring Batch counts every item
     * read; a file's description and the end are no rows of input, so the step's read count leaves them out (the
     * chunk's reads are added to the step after the write, and a rollback fails the step).
     */
    void record(SourceFileLog files, StepExecution step) {
        described.forEach(d -> files.describe(d.file(), d.encoding(), d.layout(), null));
        if (step != null) {
            StepCounts.add(step, rows.size(), rejects.size());
            step.setReadCount(step.getReadCount() - described.size() - (ended ? 1 : 0));
        }
    }
}
