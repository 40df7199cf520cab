package jp.renkei.job;

import java.io.IOException;
import jp.renkei.input.InputFile;
import jp.renkei.input.ReadResult;
import jp.renkei.input.SourceKind;
import jp.renkei.load.InputState;
import jp.renkei.load.LoadRegistry;
import jp.renkei.load.ReferenceDimensions;
import jp.renkei.load.StepCounts;
import jp.renkei.load.Rejects;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.source.reference.CatalogueEntry;
import jp.renkei.source.reference.DefaultCatalogue;
import jp.renkei.source.reference.IndicatorCatalogueReader;
import jp.renkei.source.reference.RegionMasterReader;
import jp.renkei.source.reference.RegionRecord;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads input/reference/: region masters (renkei's layout or the code4fukui list) and the indicator
 * catalogue, told apart by their header. The catalogue in force is renkei's default one overridden row by row by
 * the catalogue files there. Small files, one transaction.
 */
public class ReferenceTasklet implements Tasklet {

    private final LoadRun run;
    private final LoadRegistry registry;
    private final ReferenceDimensions dimensions;
    private final DataSource dataSource;
    private final InputState state;

    public ReferenceTasklet(LoadRun run, LoadRegistry registry, ReferenceDimensions dimensions, DataSource dataSource,
                            InputState state) {
        this.run = run;
        this.registry = registry;
        this.dimensions = dimensions;
        this.dataSource = dataSource;
        this.state = state;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<CatalogueEntry> staffCatalogue = new ArrayList<>();
        for (InputFile file : run.inventory().of(SourceKind.REFERENCE)) {
            ReadResult<?> result;
            if (isCatalogue(file)) {
                ReadResult<CatalogueEntry> catalogue = new IndicatorCatalogueReader().read(run.input(), file.path());
                staffCatalogue.addAll(catalogue.items());
                result = catalogue;
            } else {
                ReadResult<RegionRecord> regions = new RegionMasterReader().read(run.input(), file.path());
                dimensions.upsertRegions(regions.items(), run.loadId());
                result = regions;
            }
            registry.describe(file, result.encoding(), result.layout(), null);
            Rejects.append(dataSource, run.loadId(), run.inventory(), SourceKind.REFERENCE, result.rejects());
            StepCounts.addRead(contribution.getStepExecution(), result.items().size(), result.rejects().size());
        }
        // renkei's default catalogue, overridden row by row by the section's own
        dimensions.replaceCatalogue(DefaultCatalogue.overriddenBy(staffCatalogue), run.loadId());
        state.record(SourceKind.REFERENCE, run.inventory().of(SourceKind.REFERENCE));
        return RepeatStatus.FINISHED;
    }

    /** The catalogue's header names indicator_id; a region master's never does. */
    static boolean isCatalogue(InputFile file) throws IOException {
        return file.firstLine().contains("indicator_id");
    }
}
