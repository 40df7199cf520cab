package jp.renkei.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A table as written into the staged snapshot, and how: for the progress line, which the publishing thread logs. */
record WrittenTable(SnapshotManifest.Table table, String how, String took) {

    /** Publishes {@code published} again as {@code staged}: a hard link, or a copy where links are not supported. */
    static void reuse(Path published, Path staged) throws IOException {
        try {
            Files.createLink(staged, published);
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            Files.copy(published, staged);
        }
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
