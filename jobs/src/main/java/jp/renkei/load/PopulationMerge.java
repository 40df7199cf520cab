package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.FCT_POPULATION;
import static jp.renkei.warehouse.generated.Tables.POPULATION_CONFLICT;
import static jp.renkei.warehouse.generated.internal.Tables.STG_POPULATION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputInventory;
import jp.renkei.input.SourceKind;
import jp.renkei.normalise.DenominatorSources;
import jp.renkei.normalise.ExportDenominators;
import jp.renkei.normalise.PopulationRow;
import jp.renkei.source.population.PopulationFigure;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;

/**
 * The end of the population step. The denominator series of the exports this load reads (第１号被保険者数, 認定者数,
 * 総人口, 65歳以上人口) become figures too, population/ winning where both give one ({@link DenominatorSources});
 * then the staged figures are merged. When the figures the exports give change, every export is read again, as when
 * population/ changes.
 */
public final class PopulationMerge implements EndOfInput {

    private static final Logger log = LoggerFactory.getLogger(PopulationMerge.class);

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final String loadId;
    private final InputInventory inventory;
    private final InputState state;
    private final int threads;
    private final String rereadAllKey;
    private final String folderUnchangedKey;
    private final Function<Boolean, List<InputFile>> exportsToRead;

    /**
     * @param threads       how many exports are read for their denominators at once
     * @param rereadAllKey       the job execution context key that says every export is read again
     * @param folderUnchangedKey the job execution context key that says population/ was not read again: its figures
     *                           are the warehouse's
     * @param exportsToRead      the exports this load reads, given whether every export is read again
     */
    public PopulationMerge(DSLContext dsl, DataSource dataSource, String loadId, InputInventory inventory, int threads,
                           String rereadAllKey, String folderUnchangedKey, Function<Boolean, List<InputFile>> exportsToRead) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.loadId = loadId;
        this.inventory = inventory;
        this.state = new InputState(dsl);
        this.threads = threads;
        this.rereadAllKey = rereadAllKey;
        this.folderUnchangedKey = folderUnchangedKey;
        this.exportsToRead = exportsToRead;
    }

    @Override
    public void finish(StepExecution step) throws Exception {
        var jobContext = step.getJobExecution().getExecutionContext();
        boolean rereadAll = Boolean.TRUE.equals(jobContext.get(rereadAllKey));
        List<PopulationFigure> exportFiguresBefore = exportFigures();
        boolean folderUnchanged = Boolean.TRUE.equals(jobContext.get(folderUnchangedKey));
        stageExportFigures(() -> populationFolder(folderUnchanged), exportsToRead.apply(rereadAll));

        List<InputFile> current = new ArrayList<>(inventory.of(SourceKind.POPULATION));
        current.addAll(inventory.of(SourceKind.INDICATORS)); // an export's figures stay while it does
        FactMerge.Outcome merged = Facts.POPULATION.mergeReplacing(dsl, dataSource, loadId, inventory,
                SourceKind.POPULATION, current, Set.of());
        StepCounts.add(step, -merged.rejected(), merged.rejected());
        StepCounts.replaced(step, merged.replaced());
        if (!rereadAll && !exportFigures().equals(exportFiguresBefore)) {
            // an export brought other denominators: every rate of every export may have moved
            log.info("population: the denominators the exports give changed; every export is read again");
            jobContext.put(rereadAllKey, true);
            state.forgetRejects(inventory.of(SourceKind.INDICATORS));
        }
    }

    /**
     * Every figure of population/, in the order they were read (by file, then row): as this step staged them, or, when
     * population/ was not read again, as the warehouse holds them from the load that read it.
     */
    private List<DenominatorSources.Sourced> populationFolder(boolean unchanged) {
        Map<String, InputFile> files = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        List<InputFile> folder = inventory.of(SourceKind.POPULATION);
        for (int i = 0; i < folder.size(); i++) {
            files.put(folder.get(i).sourceFileId(), folder.get(i));
            order.put(folder.get(i).sourceFileId(), i);
        }
        Table<?> source = unchanged ? FCT_POPULATION : STG_POPULATION;
        List<DenominatorSources.Sourced> figures = dsl.selectFrom(source)
                .where(source.field(FCT_POPULATION.SOURCE_FILE_ID.getName(), String.class).in(files.keySet()))
                .fetch(r -> sourced(r, id -> files.get(id).relativePath()));
        return figures.stream()
                .sorted(Comparator.comparing((DenominatorSources.Sourced s) -> order.get(s.sourceFileId()))
                        .thenComparing(s -> s.figure().sourceRow()))
                .toList();
    }

    /**
     * Reads the denominator series of the exports this load reads again, keeps those population/ and the exports
     * already loaded do not hold, stages them, and records and reports the figures left out with another number.
     */
    private void stageExportFigures(Supplier<List<DenominatorSources.Sourced>> folder, List<InputFile> toRead)
            throws Exception {
        Set<String> reading = new HashSet<>(toRead.stream().map(InputFile::sourceFileId).toList());
        Map<String, String> exportPaths = new HashMap<>();
        inventory.of(SourceKind.INDICATORS).forEach(f -> exportPaths.put(f.sourceFileId(), f.relativePath()));
        ExportDenominators exports = new ExportDenominators(new WarehouseLookups(dsl).regions());
        List<DenominatorSources.Sourced> read = new ArrayList<>();
        List<List<PopulationFigure>> figures = exports.readAll(toRead, threads);
        for (int i = 0; i < toRead.size(); i++) {
            InputFile file = toRead.get(i);
            figures.get(i).forEach(f -> read.add(new DenominatorSources.Sourced(f, file.sourceFileId(), file.relativePath())));
        }
        // population/ and the figures held are only weighed against figures read: with none (exports without a
        // denominator series) they are not read into memory at all (nationally 157,000 figures, about 1.5 s)
        DenominatorSources.Outcome outcome = read.isEmpty() ? DenominatorSources.decide(List.of(), List.of(), read)
                : DenominatorSources.decide(folder.get(), dsl.selectFrom(FCT_POPULATION)
                        .where(FCT_POPULATION.SOURCE_FILE_ID.in(exportPaths.keySet()))
                        .and(reading.isEmpty() ? DSL.trueCondition() : FCT_POPULATION.SOURCE_FILE_ID.notIn(reading))
                        .fetch(r -> sourced(r, exportPaths::get)), read);
        new StagingWriter<>(dataSource, dsl, new PopulationFormat(), SourceKind.POPULATION, loadId, inventory)
                .write(outcome.toStage().stream().map(s -> new PopulationRow(s.figure(), s.sourceFileId())).toList(), List.of());
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
                        .set(POPULATION_CONFLICT.LOAD_ID, loadId)
                        .execute();
            }
        }
        if (!outcome.toStage().isEmpty()) {
            log.info("population: {} figures from {} exports' denominator series", outcome.toStage().size(),
                    outcome.toStage().stream().map(DenominatorSources.Sourced::sourceFileId).distinct().count());
        }
    }

    /** A row of fct_population or its staging, with the relative path of its file. */
    private static DenominatorSources.Sourced sourced(Record r, Function<String, String> pathOf) {
        String file = r.get(FCT_POPULATION.SOURCE_FILE_ID.getName(), String.class);
        return new DenominatorSources.Sourced(figure(r.get(FCT_POPULATION.REGION_CODE.getName(), String.class),
                r.get(FCT_POPULATION.BASE.getName(), String.class),
                r.get(FCT_POPULATION.AS_OF_DATE.getName(), java.time.LocalDate.class),
                r.get(FCT_POPULATION.POPULATION.getName(), Long.class),
                r.get(FCT_POPULATION.STATISTIC.getName(), String.class),
                r.get(FCT_POPULATION.SOURCE_ROW.getName(), Integer.class)), file, pathOf.apply(file));
    }

    /** The figures the exports give, as the warehouse holds them, in a fixed order. */
    private List<PopulationFigure> exportFigures() {
        return dsl.selectFrom(FCT_POPULATION)
                .where(FCT_POPULATION.STATISTIC.startsWith(ExportDenominators.STATISTIC_PREFIX))
                .orderBy(FCT_POPULATION.REGION_CODE, FCT_POPULATION.BASE, FCT_POPULATION.AS_OF_DATE)
                .fetch(r -> figure(r.getRegionCode(), r.getBase(), r.getAsOfDate(), r.getPopulation(), r.getStatistic(),
                        r.getSourceRow()));
    }

    private static PopulationFigure figure(String region, String base, java.time.LocalDate asOf, long population,
                                           String statistic, int sourceRow) {
        return new PopulationFigure(new LocalGovCode(region), RateBase.fromText(base).orElseThrow(), asOf, population,
                statistic, sourceRow);
    }
}
