package jp.renkei.normalise;

import jp.renkei.input.SourceItem;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** For a source whose items need no normalising (the reference files): each item read is a row as it is. */
public class AsRead<T> implements ItemProcessor<SourceItem<T>, LoadItem<T>> {

    @Override
    public LoadItem<T> process(SourceItem<T> input) {
        return input instanceof SourceItem.Read<T> r ? LoadItem.row(r.item()) : LoadItem.of(input);
    }
}
