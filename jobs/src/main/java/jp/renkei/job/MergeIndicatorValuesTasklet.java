package jp.renkei.job;

import static jp.renkei.warehouse.generated.Tables.DIM_INDICATOR;
import static jp.renkei.warehouse.generated.Tables.FCT_INDICATOR_VALUE;

import javax.sql.DataSource;
import jp.renkei.input.SourceKind;
import jp.renkei.load.FactMerge;
import jp.renkei.load.Facts;
import jp.renkei.load.StepCounts;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One set-based merge of the staged indicator values into fct_indicator_value; duplicates are rejected. Counts the
 * uncatalogued series the warehouse then holds, for the summary.
 */
public class MergeIndicatorValuesTasklet implements Tasklet {

    private final LoadRun run;
    private final DSLContext dsl;
    private final DataSource dataSource;
    private final java.util.Set<String> unreadable;

    /** @param unreadable the source_file_ids of the books the indicators step could not read at all */
    public MergeIndicatorValuesTasklet(LoadRun run, DSLContext dsl, DataSource dataSource, java.util.Set<String> unreadable) {
        this.run = run;
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.unreadable = java.util.Set.copyOf(unreadable);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        // a book that could not be read keeps what its last readable version supplied
        FactMerge.Outcome outcome = Facts.INDICATOR_VALUES.mergeReplacing(dsl, dataSource, run.loadId(), run.inventory(),
                SourceKind.INDICATORS, run.inventory().of(SourceKind.INDICATORS), unreadable);
        StepCounts.add(contribution.getStepExecution(), outcome.written(), outcome.rejected());
        StepCounts.replaced(contribution.getStepExecution(), outcome.replaced());
        contribution.getStepExecution().getExecutionContext().putLong(StepCounts.UNCATALOGUED_SERIES,
                dsl.fetchCount(DSL.selectDistinct(FCT_INDICATOR_VALUE.INDICATOR_ID).from(FCT_INDICATOR_VALUE)
                        .join(DIM_INDICATOR).on(DIM_INDICATOR.INDICATOR_ID.eq(FCT_INDICATOR_VALUE.INDICATOR_ID))
                        .where(DIM_INDICATOR.CATALOGUED.isFalse())));
        return RepeatStatus.FINISHED;
    }
}
