package jp.renkei.source;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.input.InputFile;
import jp.renkei.input.ReadResult;
import jp.renkei.input.SourceItem;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads small input files one after the other, each whole (they are a few hundred rows), and hands on their items
 * one by one: for each file its {@link SourceItem.Described}, its rejects, its items, then one {@link SourceItem.End}.
 * Restartable as Spring Batch's counting readers are: the count of items handed on is saved with each chunk, and a
 * restart reads the same files again and passes over that many.
 */
public class SmallFilesReader<T> extends AbstractItemCountingItemStreamItemReader<SourceItem<T>> {

    private final List<InputFile> files;
    private final FileReader<T> reader;
    private int fileIndex;
    private final List<SourceItem<T>> current = new ArrayList<>();
    private int itemIndex;
    private boolean ended;

    /** Reads one whole file. */
    @FunctionalInterface
    public interface FileReader<T> {
        ReadResult<? extends T> read(InputFile file) throws Exception;
    }

    /** @param name the prefix of the reader's keys in the step's execution context */
    public SmallFilesReader(String name, List<InputFile> files, FileReader<T> reader) {
        this.files = List.copyOf(files);
        this.reader = reader;
        setName(name);
    }

    @Override
    protected void doOpen() {
        fileIndex = 0;
        current.clear();
        itemIndex = 0;
        ended = false;
    }

    @Override
    protected SourceItem<T> doRead() throws Exception {
        while (itemIndex >= current.size()) {
            if (fileIndex == files.size()) {
                if (ended) {
                    return null;
                }
                ended = true;
                return new SourceItem.End<>();
            }
            current.clear();
            itemIndex = 0;
            InputFile file = files.get(fileIndex++);
            ReadResult<? extends T> result = reader.read(file);
            current.add(new SourceItem.Described<>(file, result.encoding(), result.layout()));
            result.rejects().forEach(p -> current.add(new SourceItem.Rejected<>(p)));
            result.items().forEach(i -> current.add(new SourceItem.Read<>(i, file)));
        }
        return current.get(itemIndex++);
    }

    @Override
    protected void doClose() {
        current.clear();
    }
}
