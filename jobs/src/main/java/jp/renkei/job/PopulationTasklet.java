package jp.renkei.job;

import static jp.renkei.warehouse.generated.Tables.DIM_REGION;
import static jp.renkei.warehouse.generated.Tables.FCT_POPULATION;
import static jp.renkei.warehouse.generated.Tables.POPULATION_CONFLICT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;
import jp.renkei.load.InputState;
import jp.renkei.load.WarehouseLookups;
import jp.renkei.normalise.DenominatorSources;
import jp.renkei.normalise.ExportDenominators;
import org.jooq.impl.DSL;
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
 * (counted, not rejected). In a typed yearly file an unknown region is a mistake and is rejected. Then the
 * denominator series of the exports this load reads (第１号被保険者数, 認定者数, 総人口, 65歳以上人口) become figures
 * too, population/ winning where both give one ({@link DenominatorSources}); when they change, every export is read
 * again, as when population/ changes.
 */
public class PopulationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PopulationTasklet.class);

    private final LoadRun run;
    private final LoadRegistry registry;
    private final DSLContext dsl;
    private final DataSource dataSource;
    private final InputState state;
    private final int threads;

    /** @param threads how many exports are read for their denominators at once */
    public PopulationTasklet(LoadRun run, LoadRegistry registry, DSLContext dsl, DataSource dataSource, int threads) {
        this.threads = threads;
        this.run = run;
        this.registry = registry;
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.state = new InputState(dsl);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Set<String> known = new HashSet<>(dsl.select(DIM_REGION.REGION_CODE).from(DIM_REGION).fetch(DIM_REGION.REGION_CODE));
        StagingWriter<PopulationFormat.Row> writer = new StagingWriter<>(dataSource, dsl, new PopulationFormat(),
                SourceKind.POPULATION, run.loadId(), run.inventory());
        List<DenominatorSources.Sourced> folder = new ArrayList<>();
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
                    folder.add(new DenominatorSources.Sourced(f, file.sourceFileId(), file.relativePath()));
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
        var jobContext = contribution.getStepExecution().getJobExecution().getExecutionContext();
        boolean rereadAll = Boolean.TRUE.equals(jobContext.get(PrepareLoadTasklet.REREAD_ALL));
        List<PopulationFigure> exportFiguresBefore = exportFigures();
        stageExportFigures(writer, folder, PrepareLoadTasklet.exportsToRead(run, state, rereadAll));

        List<InputFile> current = new ArrayList<>(run.inventory().of(SourceKind.POPULATION));
        current.addAll(run.inventory().of(SourceKind.INDICATORS)); // an export's figures stay while it does
        FactMerge.Outcome merged = Facts.POPULATION.mergeReplacing(dsl, dataSource, run.loadId(), run.inventory(),
                SourceKind.POPULATION, current, java.util.Set.of());
        StepCounts.add(contribution.getStepExecution(), -merged.rejected(), merged.rejected());
        StepCounts.replaced(contribution.getStepExecution(), merged.replaced());
        if (!rereadAll && !exportFigures().equals(exportFiguresBefore)) {
            // an export brought other denominators: every rate of every export may have moved
            log.info("population: the denominators the exports give changed; every export is read again");
            jobContext.put(PrepareLoadTasklet.REREAD_ALL, true);
            state.forgetRejects(run.inventory().of(SourceKind.INDICATORS));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Reads the denominator series of the exports this load reads again, keeps those population/ and the exports
     * already loaded do not hold, stages them, and records and reports the figures left out with another number.
     */
    private void stageExportFigures(StagingWriter<PopulationFormat.Row> writer, List<DenominatorSources.Sourced> folder,
                                    List<InputFile> toRead) throws Exception {
        Set<String> reading = new HashSet<>(toRead.stream().map(InputFile::sourceFileId).toList());
        Map<String, String> exportPaths = new HashMap<>();
        run.inventory().of(SourceKind.INDICATORS).forEach(f -> exportPaths.put(f.sourceFileId(), f.relativePath()));
        List<DenominatorSources.Sourced> held = dsl.selectFrom(FCT_POPULATION)
                .where(FCT_POPULATION.SOURCE_FILE_ID.in(exportPaths.keySet()))
                .and(reading.isEmpty() ? DSL.trueCondition() : FCT_POPULATION.SOURCE_FILE_ID.notIn(reading))
                .fetch(r -> new DenominatorSources.Sourced(figure(r), r.getSourceFileId(), exportPaths.get(r.getSourceFileId())));
        ExportDenominators exports = new ExportDenominators(new WarehouseLookups(dsl).regions());
        List<DenominatorSources.Sourced> read = new ArrayList<>();
        List<List<PopulationFigure>> figures = exports.readAll(toRead, threads);
        for (int i = 0; i < toRead.size(); i++) {
            InputFile file = toRead.get(i);
            figures.get(i).forEach(f -> read.add(new DenominatorSources.Sourced(f, file.sourceFileId(), file.relativePath())));
        }
        DenominatorSources.Outcome outcome = DenominatorSources.decide(folder, held, read);
        writer.write(outcome.toStage().stream().map(s -> new PopulationFormat.Row(s.figure(), s.sourceFileId())).toList(),
                List.of());
        // the differences found before stay while their export is not read again and still there
        dsl.deleteFrom(POPULATION_CONFLICT).where(POPULATION_CONFLICT.EXPORT_SOURCE_FILE_ID.notIn(exportPaths.keySet())
                .or(POPULATION_CONFLICT.EXPORT_SOURCE_FILE_ID.in(reading))).execute();
        for (DenominatorSources.Conflict c : outcome.conflicts()) {
            log.warn("population: {}", c.message());
            if (c.againstPopulationFolder()) {
                dsl.insertInto(POPULATION_CONFLICT)
                        .set(POPULATION_CONFLICT.REGION_CODE, c.kept().figure().regionCode().value())
                        .set(POPULATION_CONFLICT.BASE, c.kept().figure().base().label())
                        .set(POPULATION_CONFLICT.AS_OF_DATE, c.kept().figure().asOf())
                        .set(POPULATION_CONFLICT.KEPT_POPULATION, c.kept().figure().population())
                        .set(POPULATION_CONFLICT.KEPT_SOURCE_FILE_ID, c.kept().sourceFileId())
                        .set(POPULATION_CONFLICT.KEPT_SOURCE_ROW, c.kept().figure().sourceRow())
                        .set(POPULATION_CONFLICT.EXPORT_POPULATION, c.leftOut().figure().population())
                        .set(POPULATION_CONFLICT.EXPORT_SOURCE_FILE_ID, c.leftOut().sourceFileId())
                        .set(POPULATION_CONFLICT.EXPORT_SOURCE_ROW, c.leftOut().figure().sourceRow())
                        .set(POPULATION_CONFLICT.LOAD_ID, run.loadId())
                        .execute();
            }
        }
        if (!outcome.toStage().isEmpty()) {
            log.info("population: {} figures from {} exports' denominator series", outcome.toStage().size(),
                    outcome.toStage().stream().map(DenominatorSources.Sourced::sourceFileId).distinct().count());
        }
    }

    /** The figures the exports give, as the warehouse holds them, in a fixed order. */
    private List<PopulationFigure> exportFigures() {
        return dsl.selectFrom(FCT_POPULATION)
                .where(FCT_POPULATION.STATISTIC.startsWith(ExportDenominators.STATISTIC_PREFIX))
                .orderBy(FCT_POPULATION.REGION_CODE, FCT_POPULATION.BASE, FCT_POPULATION.AS_OF_DATE)
                .fetch(PopulationTasklet::figure);
    }

    private static PopulationFigure figure(jp.renkei.warehouse.generated.tables.records.FctPopulationRecord r) {
        return new PopulationFigure(new LocalGovCode(r.getRegionCode()), RateBase.fromText(r.getBase()).orElseThrow(),
                r.getAsOfDate(), r.getPopulation(), r.getStatistic(), r.getSourceRow());
    }

    /** e-Stat's CSV starts with its metadata line 統計名：. */
    static boolean isCensus(InputFile file) throws java.io.IOException {
        return file.firstLine().contains("統計名");
    }
}
