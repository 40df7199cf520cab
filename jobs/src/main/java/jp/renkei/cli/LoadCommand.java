package jp.renkei.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputInventory;
import jp.renkei.job.ExitCode;
import jp.renkei.job.NightlyLoad;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Runs the nightly load: reads the input folder, normalises every rate per 100,000, loads the "
                + "DuckDB warehouse and publishes output/warehouse.duckdb and the Parquet snapshot output/parquet/.",
                "Exit codes: 0 loaded (or this input already published for this date), 1 the load failed (nothing "
                        + "was published; the previous output stays), 2 usage error (also: a run date earlier than the newest "
                        + "snapshot), " + ExitCode.UNREADABLE_BOOKS + " loaded and published, but a 見える化 book "
                        + "could not be read and was rejected whole (what it supplied before is kept), "
                        + ExitCode.LOCKED + " another load is running, " + ExitCode.STOPPED
                        + " stopped by SIGTERM (run it again to resume)."})
public class LoadCommand implements Callable<Integer> {

    @Option(names = "--input", defaultValue = "input", paramLabel = "DIR",
            description = "Input folder with indicators/, population/, reference/, activities/, surveys/ (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "The date the load runs for, and the snapshot_date of its Parquet partition (default: today).")
    LocalDate runDate;

    @Option(names = "--force", description = "Load again even if this input was already loaded for this date; "
            + "reads every export again.")
    boolean force;

    @Option(names = "--new-survey-key", description = "Make a new survey key although the warehouse holds pseudonyms "
            + "made with one whose key file is gone: every respondent gets a new pseudonym.")
    boolean newSurveyKey;

    @Mixin
    LogFormatOption log;

    @Override
    public Integer call() {
        LocalDate date = runDate == null ? LocalDate.now() : runDate;
        InputInventory inventory;
        try {
            inventory = InputInventory.scan(input);
        } catch (InputFileException e) {
            log.err().event("error", "renkei: " + e.getMessage());
            return 1;
        }
        log.out().event("start", String.format("renkei load: %d input files in %s, run date %s, load %s",
                inventory.files().size(), input, date, inventory.loadId(date)),
                Map.of("files", inventory.files().size(), "input", input.toString(), "run_date", date.toString(),
                        "load_id", inventory.loadId(date)));
        return NightlyLoad.run(inventory, output, date, force, log.out(), log.err(),
                newSurveyKey ? new String[] {"renkei.new-survey-key=true"} : new String[0]);
    }

}
