package jp.renkei.job;

import java.util.List;
import jp.renkei.input.InputFile;

/** The 見える化 exports this load reads, in path order: the partitions of the 見える化 step are ranges of it. */
record ExportsToRead(List<InputFile> files) {
    ExportsToRead {
        files = List.copyOf(files);
    }
}
