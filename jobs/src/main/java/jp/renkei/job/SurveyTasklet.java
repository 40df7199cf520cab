package jp.renkei.job;

import java.nio.file.Path;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import javax.sql.DataSource;
import jp.renkei.input.InputFile;
import jp.renkei.input.SourceKind;
import jp.renkei.load.InputState;
import jp.renkei.load.LoadRegistry;
import jp.renkei.load.Rejects;
import jp.renkei.load.StepCounts;
import jp.renkei.load.SurveyTables;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SurveyPreparation;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads input/surveys/&lt;survey&gt;/ (a codebook and the responses it names), pseudonymises respondents and
 * replaces the survey in the warehouse respondent by respondent as they are read, then writes the published,
 * suppressed tables counted on the way. A survey whose files
 * did not change since the warehouse last read them is not read again.
 */
public class SurveyTasklet implements Tasklet {

    private final LoadRun run;
    private final LoadRegistry registry;
    private final SurveyTables tables;
    private final InputState state;
    private final DataSource dataSource;
    private final byte[] key;
    private final SuppressionRule rule;
    private final boolean rereadAll;

    public SurveyTasklet(LoadRun run, LoadRegistry registry, SurveyTables tables, InputState state, DataSource dataSource,
                         byte[] key, SuppressionRule rule, boolean rereadAll) {
        this.run = run;
        this.registry = registry;
        this.tables = tables;
        this.state = state;
        this.dataSource = dataSource;
        this.key = key.clone();
        this.rule = rule;
        this.rereadAll = rereadAll;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Set<String> reflected = state.reflected(SourceKind.SURVEYS);
        for (Path folder : SurveyPreparation.surveyFolders(run.input())) {
            List<InputFile> files = run.inventory().of(SourceKind.SURVEYS).stream()
                    .filter(f -> f.path().toAbsolutePath().startsWith(folder.toAbsolutePath())).toList();
            if (!rereadAll && files.stream().allMatch(f -> reflected.contains(f.sourceFileId()))) {
                continue;
            }
            state.forgetRejects(files);
            PreparedSurvey survey;
            SequencedMap<String, Integer> written;
            // the respondents go to the warehouse as they are read: the heap holds none of them
            try (SurveyTables.Writer writer = tables.writer(run.loadId())) {
                survey = SurveyPreparation.prepare(run.input(), folder, key, rule, writer);
                written = writer.finish(survey);
            }
            files.forEach(f -> registry.describe(f, f.fileName().endsWith(".yaml") ? "UTF-8" : survey.encoding(),
                    f.fileName().endsWith(".yaml") ? "survey codebook" : "survey responses", null));
            Rejects.append(dataSource, run.loadId(), run.inventory(), SourceKind.SURVEYS, survey.problems());
            // records, not physical lines nor problems: a cell marked 無効 keeps its respondent
            int loaded = survey.facts().survey().respondentCount();
            StepCounts.addRead(contribution.getStepExecution(), loaded, survey.records() - loaded - survey.repeats());
            StepCounts.addRepeats(contribution.getStepExecution(), survey.repeats());
            contribution.getStepExecution().getExecutionContext().putString("renkei.survey." + survey.codebook().survey().id(),
                    written.toString());
        }
        state.record(SourceKind.SURVEYS, run.inventory().of(SourceKind.SURVEYS));
        return RepeatStatus.FINISHED;
    }
}
