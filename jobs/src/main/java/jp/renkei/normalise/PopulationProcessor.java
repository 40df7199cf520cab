package jp.renkei.normalise;

import java.util.Set;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceItem;
import jp.renkei.source.population.PopulationFigure;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Keeps the figures of the regions the region master knows. In a typed yearly file an unknown region is a mistake
 * and is rejected (the census reader reads only the regions the master knows).
 */
public class PopulationProcessor implements ItemProcessor<SourceItem<PopulationFigure>, LoadItem<PopulationRow>> {

    private final Set<String> regions;

    /** @param regions the region codes of the region master */
    public PopulationProcessor(Set<String> regions) {
        this.regions = Set.copyOf(regions);
    }

    @Override
    public LoadItem<PopulationRow> process(SourceItem<PopulationFigure> input) {
        if (!(input instanceof SourceItem.Read<PopulationFigure> r)) {
            return LoadItem.of(input);
        }
        PopulationFigure f = r.item();
        if (regions.contains(f.regionCode().value())) {
            return LoadItem.row(new PopulationRow(f, r.file().sourceFileId()));
        }
        return LoadItem.reject(InputProblem.at(r.file().relativePath(), f.sourceRow(), "region_code", "unknown region code",
                f.regionCode().value(), "a code in the region master (input/reference/)"));
    }
}
