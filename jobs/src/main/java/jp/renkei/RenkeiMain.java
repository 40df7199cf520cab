package jp.renkei;

import jp.renkei.cli.RenkeiCommand;
import jp.renkei.job.StopOnSignal;

/** Entry point. Parses the command line first, so that {@code --help} never starts Spring. */
public final class RenkeiMain {

    private RenkeiMain() {
    }

    public static void main(String[] args) {
        int status = RenkeiCommand.commandLine().execute(args);
        if (StopOnSignal.signalled()) {
            // a signal has begun the shutdown, in which System.exit blocks and the JVM would end 143 whatever the load
            // did (a publish that was running completes): end with the load's own status
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(status);
        }
        System.exit(status);
    }
}
