package jp.renkei.job;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputProblem;
import jp.renkei.input.ReadResult;
import jp.renkei.input.SourceKind;
import jp.renkei.load.ActivityFormat;
import jp.renkei.load.FactMerge;
import jp.renkei.load.Facts;
import jp.renkei.load.LoadRegistry;
import jp.renkei.load.StagingWriter;
import jp.renkei.load.StepCounts;
import jp.renkei.source.activity.ActivityRecord;
import jp.renkei.source.activity.ActivityRecordReader;
import org.jooq.DSLContext;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Reads input/activities/: the programme's own figures as staff type them (部会, 取組, 項目, 時点, 値, 単位, 備考). */
public class ActivityTasklet implements Tasklet {

    private final LoadRun run;
    private final LoadRegistry registry;
    private final DSLContext dsl;
    private final DataSource dataSource;
    private final String homeRegion;

    public ActivityTasklet(LoadRun run, LoadRegistry registry, DSLContext dsl, DataSource dataSource, String homeRegion) {
        this.run = run;
        this.registry = registry;
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.homeRegion = homeRegion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StagingWriter<ActivityFormat.Row> writer = new StagingWriter<>(dataSource, dsl, new ActivityFormat(),
                SourceKind.ACTIVITIES, run.loadId(), run.inventory());
        for (InputFile file : run.inventory().of(SourceKind.ACTIVITIES)) {
            ReadResult<ActivityRecord> result = new ActivityRecordReader().read(run.input(), file.path());
            registry.describe(file, result.encoding(), result.layout(), null);
            List<ActivityFormat.Row> rows = new ArrayList<>();
            List<InputProblem> rejects = new ArrayList<>(result.rejects());
            for (ActivityRecord r : result.items()) {
                try {
                    rows.add(new ActivityFormat.Row(r, PeriodLabel.parse(r.asOfLabel()), homeRegion, file.sourceFileId()));
                } catch (PeriodLabel.InvalidPeriodLabelException e) {
                    rejects.add(InputProblem.at(file.relativePath(), r.row(), "時点", "cannot read the as-of label",
                            r.asOfLabel(), PeriodLabel.EXPECTED_FORMS + " (" + e.getMessage() + ")"));
                }
            }
            writer.write(rows, rejects);
            StepCounts.addRead(contribution.getStepExecution(), rows.size(), rejects.size());
        }
        FactMerge.Outcome merged = Facts.ACTIVITIES.mergeReplacing(dsl, dataSource, run.loadId(), run.inventory(), SourceKind.ACTIVITIES);
        StepCounts.add(contribution.getStepExecution(), -merged.rejected(), merged.rejected());
        StepCounts.replaced(contribution.getStepExecution(), merged.replaced());
        return RepeatStatus.FINISHED;
    }
}
