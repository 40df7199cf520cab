package jp.renkei.input;

import java.util.List;

/**
 * What a reader got out of one small input file: the items it could read, the rows it had to skip
 * (each with its problem), and how the file was read.
 */
public record ReadResult<T>(String file, String encoding, String layout, List<T> items, List<InputProblem> rejects) {

    public ReadResult {
        items = List.copyOf(items);
        rejects = List.copyOf(rejects);
    }
}
