package jp.renkei;

import jp.renkei.cli.RenkeiCommand;

/** Entry point. Parses the command line first, so that {@code --help} never starts Spring. */
public final class RenkeiMain {

    private RenkeiMain() {
    }

    public static void main(String[] args) {
        System.exit(RenkeiCommand.commandLine().execute(args));
    }
}
