package jp.renkei.cli;

import jp.renkei.job.RunLog;
import picocli.CommandLine.Option;

/** {@code --log-format text|json}, shared by the commands that report on a run. */
public class LogFormatOption {

    @Option(names = "--log-format", defaultValue = "text", paramLabel = "text|json",
            description = "text (default) or json: one JSON object per line, for log collectors.")
    RunLog.Format format;

    RunLog out() {
        return new RunLog(System.out, format);
    }

    RunLog err() {
        return new RunLog(System.err, format);
    }
}
