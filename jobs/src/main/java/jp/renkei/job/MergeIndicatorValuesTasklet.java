package jp.renkei.job;

import javax.sql.DataSource;
import jp.renkei.input.SourceKind;
import jp.renkei.load.FactMerge;
import jp.renkei.load.Facts;
import jp.renkei.load.StepCounts;
import org.jooq.DSLContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** One set-based merge of the staged indicator values into fct_indicator_value; duplicates are rejected. */
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
                SourceKind.INDICATORS, unreadable);
        StepCounts.add(contribution.getStepExecution(), outcome.written(), outcome.rejected());
        StepCounts.replaced(contribution.getStepExecution(), outcome.replaced());
        return RepeatStatus.FINISHED;
    }
}
