package jp.renkei.normalise;

import jp.renkei.input.InputFile;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceItem;

/**
 * What a processor hands the writer: a row for staging, or a row of input that was rejected; from the readers of
 * small files also how a file was read and, last, the end of the input, where the writer merges.
 */
public sealed interface LoadItem<T> permits LoadItem.Row, LoadItem.Reject, LoadItem.Described, LoadItem.End {

    record Row<T>(T row) implements LoadItem<T> {
    }

    record Reject<T>(InputProblem problem) implements LoadItem<T> {
    }

    /** How a file was read, for dim_source_file: no row of input. */
    record Described<T>(InputFile file, String encoding, String layout) implements LoadItem<T> {
    }

    /** Every file has been read: no row of input. */
    record End<T>() implements LoadItem<T> {
    }

    static <T> LoadItem<T> row(T row) {
        return new Row<>(row);
    }

    static <T> LoadItem<T> reject(InputProblem problem) {
        return new Reject<>(problem);
    }

    /** A reader's reject or bookkeeping, handed on as it is; an item read is the processor's to turn into a row. */
    static <T> LoadItem<T> of(SourceItem<?> item) {
        return switch (item) {
            case SourceItem.Rejected<?> r -> reject(r.problem());
            case SourceItem.Described<?> d -> new Described<>(d.file(), d.encoding(), d.layout());
            case SourceItem.End<?> e -> new End<>();
            case SourceItem.Read<?> r -> throw new IllegalArgumentException("an item read is not handed on as it is");
        };
    }
}
