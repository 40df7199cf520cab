package jp.renkei.job;

import java.nio.file.Path;
import jp.renkei.input.InputInventory;

/**
 * The inventory the command line took of the input folder before it started the load, handed to the load in the same
 * process so that the folder is not read and hashed twice. The load takes it only for the input and fingerprint it
 * runs with; any other run (a resumed one, a test's) scans for itself. A file changed after the scan is found when the
 * load publishes, which compares every file with the bytes it read.
 */
record ScannedInput(InputInventory inventory) {

    /** The bean's name in the load's context. */
    static final String BEAN = "scannedInput";

    boolean isOf(Path input, String fingerprint) {
        return inventory.root().toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())
                && inventory.fingerprint().equals(fingerprint);
    }
}
