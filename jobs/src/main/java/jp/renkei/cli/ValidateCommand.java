package jp.renkei.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputInventory;
import jp.renkei.job.NightlyLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Reads and checks every input file as a load would, writes nothing to the output folder, and "
                + "prints every row a load would reject and every file it could not read.",
                "Exit codes: 0 the input is clean, 1 something would be rejected or cannot be read, 2 usage error."})
public class ValidateCommand implements Callable<Integer> {

    @Option(names = "--input", defaultValue = "input", paramLabel = "DIR",
            description = "Input folder with indicators/, population/, reference/, activities/, surveys/ (default: ${DEFAULT-VALUE}).")
    Path input;

    @Mixin
    LogFormatOption log;

    @Override
    public Integer call() {
        InputInventory inventory;
        try {
            inventory = InputInventory.scan(input);
        } catch (InputFileException e) {
            log.err().event("error", "renkei: " + e.getMessage());
            return 1;
        }
        log.out().event("start", String.format("renkei validate: %d input files in %s", inventory.files().size(), input));
        return NightlyLoad.validate(input, inventory.fingerprint(), log.out(), log.err());
    }
}
