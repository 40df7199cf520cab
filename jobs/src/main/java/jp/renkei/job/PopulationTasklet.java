package jp.renkei.job;

import static jp.renkei.warehouse.generated.Tables.DIM_REGION;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputProblem;
import jp.renkei.input.ReadResult;
import jp.renkei.input.SourceKind;
import jp.renkei.load.FactMerge;
import jp.renkei.load.Facts;
import jp.renkei.load.LoadRegistry;
import jp.renkei.load.PopulationFormat;
import jp.renkei.load.StagingWriter;
import jp.renkei.load.StepCounts;
import jp.renkei.source.population.EstatCensusReader;
import jp.renkei.source.population.PopulationFigure;
import jp.renkei.source.population.YearlyPopulationReader;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads input/population/: the e-Stat census CSV as downloaded, and renkei's yearly CSV for any base.
 * The census covers every region of Japan; figures of regions not in the region master are passed over
 * (counted, not rejected). In a typed yearly file an unknown region is a mistake and is rejected.
 */
public class PopulationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PopulationTasklet.class);

    private final LoadRun run;
    private final LoadRegistry registry;
    private final DSLContext dsl;
    private final DataSource dataSource;

    public PopulationTasklet(LoadRun run, LoadRegistry registry, DSLContext dsl, DataSource dataSource) {
        this.run = run;
        this.registry = registry;
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Set<String> known = new HashSet<>(dsl.select(DIM_REGION.REGION_CODE).from(DIM_REGION).fetch(DIM_REGION.REGION_CODE));
        StagingWriter<PopulationFormat.Row> writer = new StagingWriter<>(dataSource, dsl, new PopulationFormat(),
                SourceKind.POPULATION, run.loadId(), run.inventory());
        for (InputFile file : run.inventory().of(SourceKind.POPULATION)) {
            boolean census = isCensus(file);
            ReadResult<PopulationFigure> result = census
                    ? new EstatCensusReader().read(run.input(), file.path())
                    : new YearlyPopulationReader().read(run.input(), file.path());
            registry.describe(file, result.encoding(), result.layout(), null);
            List<PopulationFormat.Row> rows = new ArrayList<>();
            List<InputProblem> rejects = new ArrayList<>(result.rejects());
            int passedOver = 0;
            for (PopulationFigure f : result.items()) {
                if (known.contains(f.regionCode().value())) {
                    rows.add(new PopulationFormat.Row(f, file.sourceFileId()));
                } else if (census) {
                    passedOver++;
                } else {
                    rejects.add(InputProblem.at(file.relativePath(), f.sourceRow(), "region_code", "unknown region code",
                            f.regionCode().value(), "a code in the region master (input/reference/)"));
                }
            }
            if (passedOver > 0) {
                log.info("{}: passed over {} figures of regions not in the region master", file.relativePath(), passedOver);
            }
            writer.write(rows, rejects);
            StepCounts.addRead(contribution.getStepExecution(), rows.size(), rejects.size());
        }
        FactMerge.Outcome merged = Facts.POPULATION.mergeReplacing(dsl, dataSource, run.loadId(), run.inventory(), SourceKind.POPULATION);
        StepCounts.add(contribution.getStepExecution(), -merged.rejected(), merged.rejected());
        StepCounts.replaced(contribution.getStepExecution(), merged.replaced());
        return RepeatStatus.FINISHED;
    }

    /** e-Stat's CSV starts with its metadata line 統計名：. */
    static boolean isCensus(InputFile file) throws java.io.IOException {
        return file.firstLine().contains("統計名");
    }
}
