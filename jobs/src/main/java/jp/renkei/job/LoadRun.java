package jp.renkei.job;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.renkei.input.InputInventory;

/**
 * One execution of the nightly load: where it reads and writes, the date it runs for, the files it found
 * and its load id. Built once per job execution from the job parameters.
 */
public record LoadRun(Path input, Path output, LocalDate runDate, InputInventory inventory, String loadId) {

    public static final String INPUT_DIR = "input.dir";
    public static final String INPUT_FINGERPRINT = "input.fingerprint";
    public static final String RUN_DATE = "run.date";
    public static final String FORCE = "force";
    /** Set when the same input and date are loaded again as a new job instance (A-B-A, or resumed after another load). */
    public static final String ATTEMPT = "attempt";

    /** @param followLinksOut the load's {@code renkei.input-follow-links-out} */
    public static LoadRun of(Path input, Path output, LocalDate runDate, boolean followLinksOut) {
        return of(input, output, runDate, InputInventory.scan(input, followLinksOut));
    }

    /** Of an inventory already taken (the command line's, in the same process). */
    static LoadRun of(Path input, Path output, LocalDate runDate, InputInventory inventory) {
        return new LoadRun(input, output, runDate, inventory, inventory.loadId(runDate));
    }
}
