package jp.renkei.load;

import javax.sql.DataSource;
import jp.renkei.input.InputInventory;
import jp.renkei.input.SourceKind;
import org.jooq.DSLContext;
import org.springframework.batch.core.step.StepExecution;

/**
 * Merges a source's staging into its fact table, replacing what older versions of its files supplied; rows the merge
 * rejects (duplicates across files) move from loaded to rejected in the step's counts.
 */
public final class FactMergeAtEnd implements EndOfInput {

    private final FactMerge<?> merge;
    private final DSLContext dsl;
    private final DataSource dataSource;
    private final String loadId;
    private final InputInventory inventory;
    private final SourceKind kind;

    public FactMergeAtEnd(FactMerge<?> merge, DSLContext dsl, DataSource dataSource, String loadId, InputInventory inventory,
                          SourceKind kind) {
        this.merge = merge;
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.loadId = loadId;
        this.inventory = inventory;
        this.kind = kind;
    }

    @Override
    public void finish(StepExecution step) throws Exception {
        FactMerge.Outcome merged = merge.mergeReplacing(dsl, dataSource, loadId, inventory, kind);
        StepCounts.add(step, -merged.rejected(), merged.rejected());
        StepCounts.replaced(step, merged.replaced());
    }
}
