package jp.renkei.load;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.renkei.config.Json;
import jp.renkei.input.InputInventory;
import jp.renkei.input.SourceFileLog;
import jp.renkei.input.SourceKind;
import jp.renkei.normalise.LoadItem;
import jp.renkei.source.reference.CatalogueEntry;
import jp.renkei.source.reference.DefaultCatalogue;
import jp.renkei.source.reference.ReferenceEntry;
import jp.renkei.source.reference.RegionRecord;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import tools.jackson.core.type.TypeReference;

/**
 * Writes the reference files chunk by chunk: regions into dim_region as they come; catalogue rows are gathered (in
 * the step's execution context, as JSON, which commits with each chunk and survives a restart) and, at the end of the input,
 * renkei's default catalogue overridden row by row by them becomes the catalogue in force.
 */
public class ReferenceWriter implements ItemWriter<LoadItem<ReferenceEntry>>, StepExecutionListener {

    /** Step execution context key: the catalogue rows read so far. */
    static final String CATALOGUE = "renkei.reference.catalogue";

    private final ReferenceDimensions dimensions;
    private final DataSource dataSource;
    private final InputState state;
    private final SourceFileLog files;
    private final String loadId;
    private final InputInventory inventory;
    private StepExecution stepExecution;

    public ReferenceWriter(ReferenceDimensions dimensions, DataSource dataSource, InputState state, SourceFileLog files,
                           String loadId, InputInventory inventory) {
        this.dimensions = dimensions;
        this.dataSource = dataSource;
        this.state = state;
        this.files = files;
        this.loadId = loadId;
        this.inventory = inventory;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends LoadItem<ReferenceEntry>> chunk) throws Exception {
        ChunkItems<ReferenceEntry> items = ChunkItems.of(chunk);
        List<RegionRecord> regions = new ArrayList<>();
        List<CatalogueEntry> catalogue = catalogueSoFar();
        for (ReferenceEntry e : items.rows()) {
            switch (e) {
                case RegionRecord r -> regions.add(r);
                case CatalogueEntry c -> catalogue.add(c);
            }
        }
        dimensions.upsertRegions(regions, loadId);
        stepExecution.getExecutionContext().putString(CATALOGUE, Json.MAPPER.writeValueAsString(catalogue));
        Rejects.append(dataSource, loadId, inventory, SourceKind.REFERENCE, items.rejects());
        items.record(files, stepExecution);
        if (items.ended()) {
            // renkei's default catalogue, overridden row by row by the section's own
            dimensions.replaceCatalogue(DefaultCatalogue.overriddenBy(catalogue), loadId);
            state.record(SourceKind.REFERENCE, inventory.of(SourceKind.REFERENCE));
        }
    }

    /** As JSON: the job repository reads back only the plain types it trusts. */
    private List<CatalogueEntry> catalogueSoFar() {
        var context = stepExecution.getExecutionContext();
        return context.containsKey(CATALOGUE)
                ? new ArrayList<>(Json.MAPPER.readValue(context.getString(CATALOGUE), new TypeReference<List<CatalogueEntry>>() { }))
                : new ArrayList<>();
    }
}
