package jp.renkei.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Checks, before anything is published, that every input file still has the size and SHA-256 the load took at
 * its start: the manifest names those bytes, so a file written to while the load ran (an export still being
 * downloaded or appended to) fails the load instead of publishing rows the manifest does not describe.
 */
public final class InputVerification {

    private InputVerification() {
    }

    public static void verify(InputInventory inventory) {
        for (InputFile file : inventory.files()) {
            String now;
            long size;
            try {
                size = Files.size(file.path());
                now = size == file.sizeBytes() ? Fingerprints.sha256Hex(file.path()) : null;
            } catch (NoSuchFileException e) {
                throw changed(file, "the file is gone");
            } catch (IOException e) {
                throw changed(file, "it cannot be read again: " + e.getMessage());
            }
            if (now == null || !now.equals(file.sha256())) {
                throw changed(file, String.format("%,d bytes and SHA-256 %s… when the load began, now %,d bytes%s",
                        file.sizeBytes(), file.sha256().substring(0, 12), size,
                        now == null ? "" : " and SHA-256 " + now.substring(0, 12) + "…"));
            }
        }
    }

    private static InputFileException changed(InputFile file, String found) {
        return new InputFileException(InputProblem.ofFile(file.relativePath(), "the file changed while the load was reading it",
                found, "the file unchanged until the load ends (nothing was published: load again once it is complete)"));
    }
}
