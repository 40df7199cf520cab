package jp.renkei.normalise;

import jp.renkei.input.InputProblem;

/** What a processor hands the writer: a row for staging, or a row of input that was rejected. */
public sealed interface LoadItem<T> permits LoadItem.Row, LoadItem.Reject {

    record Row<T>(T row) implements LoadItem<T> {
    }

    record Reject<T>(InputProblem problem) implements LoadItem<T> {
    }

    static <T> LoadItem<T> row(T row) {
        return new Row<>(row);
    }

    static <T> LoadItem<T> reject(InputProblem problem) {
        return new Reject<>(problem);
    }
}
