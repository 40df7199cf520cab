package jp.renkei.source.activity;

import java.nio.file.Path;
import java.util.List;
import jp.renkei.input.InputFile;
import jp.renkei.source.SmallFilesReader;

/** The activities step's reader: every file of input/activities/, read by {@link ActivityRecordReader}. */
public class ActivityInputReader extends SmallFilesReader<ActivityRecord> {

    public ActivityInputReader(Path inputRoot, List<InputFile> files) {
        super("activities", files, f -> new ActivityRecordReader().read(inputRoot, f.path()));
    }
}
