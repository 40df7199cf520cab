package jp.renkei.input;

/**
 * What a reader of small input files hands on, in order: for each file how it was read, then its items and the
 * rows it had to reject; after the last file, the end of the input (where the step's merge runs, in the last
 * chunk's transaction). Only items and rejects are rows of input; the other two are bookkeeping.
 */
public sealed interface SourceItem<T> permits SourceItem.Described, SourceItem.Read, SourceItem.Rejected, SourceItem.End {

    /** How a file was read: its encoding and layout, for dim_source_file. */
    record Described<T>(InputFile file, String encoding, String layout) implements SourceItem<T> {
    }

    /** One item read from {@code file}. */
    record Read<T>(T item, InputFile file) implements SourceItem<T> {
    }

    /** A row of input that could not be read. */
    record Rejected<T>(InputProblem problem) implements SourceItem<T> {
    }

    /** Every file has been read. */
    record End<T>() implements SourceItem<T> {
    }
}
