package jp.renkei.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.config.FaultPoint;
import tools.jackson.databind.PropertyNamingStrategies;
import jp.renkei.config.Json;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Publishing's switch-over: every published path (the day's snapshot partitions, {@code warehouse.duckdb},
 * {@code _manifest.json}, {@code _SUCCESS}, or any other artefact such as a report folder) is replaced by a version
 * prepared aside under {@code output/.publish/}, in an order written to a small journal before the first rename.
 *
 * <p>Until the journal says {@code committed}, a failure, or a kill at any point found at the next start by
 * {@link #recover}, is rolled back: each replaced path gets its previous version back, each new path is taken away
 * again. Once it says {@code committed}, only the previous versions are left to delete (rolled forward). So after a
 * restart readers see the previous output or the new one whole, never a mix.
 *
 * <p>Each step is a rename within one file system; whether a step was done is read from the files themselves
 * (is the staged version still there? is the previous one aside?), so rolling back twice does no harm. The journal
 * is deleted as soon as a roll-back is complete and before the staged versions are: a journal never outlives the
 * state it describes.
 */
public final class Switchover {

    /** Under the output folder: staged versions and, during a switch-over, the versions they replace. */
    public static final String DIR = ".publish";
    /** Under the output folder, beside {@link #DIR}. */
    public static final String JOURNAL = ".publish-journal.json";

    /**
     * One published path and how it is switched; all three relative to the output folder, with '/'.
     *
     * @param staged the new version, or null when the path is only taken away (the old {@code _SUCCESS} while the
     *               rest is switched)
     * @param aside  where the previous version waits until the switch-over is committed
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(String target, String staged, String aside) {
    }

    /** The journal's content. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Journal(boolean committed, List<Entry> entries) {
    }

    /** What {@link #recover} found and did, for the start-up log; null when there was nothing to do. */
    public record Recovery(boolean rolledForward, int entries) {
        public String describe() {
            return rolledForward
                    ? "renkei: the last publish was interrupted after it had switched everything over; its leftovers were removed"
                    : "renkei: the last publish was interrupted during its switch-over; the previous output was put back ("
                            + entries + " paths checked)";
        }
    }

    private final Path output;
    private final List<Entry> entries = new ArrayList<>();

    public Switchover(Path output) {
        this.output = output.toAbsolutePath();
    }

    /** Where staged versions are prepared (created empty when missing). */
    public static Path stagingRoot(Path output) throws IOException {
        return Files.createDirectories(output.resolve(DIR).resolve("staged"));
    }

    /** {@code target} (relative to the output folder) becomes {@code staged}, a file or folder under {@link #stagingRoot}. */
    public Switchover replace(String target, Path staged) {
        entries.add(new Entry(target, relative(staged), aside(target)));
        return this;
    }

    /** {@code target} is taken away (its previous version is restored if the switch-over is rolled back). */
    public Switchover remove(String target) {
        entries.add(new Entry(target, null, aside(target) + ".removed"));
        return this;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Switches every entry over in order, then commits. On a failure everything is rolled back before the
     * exception is thrown, and the output is as it was.
     */
    public void run() throws IOException {
        for (Entry e : entries) {
            if (e.staged() != null && !Files.exists(output.resolve(e.staged()), LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException("nothing staged for " + e.target() + " at " + e.staged());
            }
        }
        Files.createDirectories(output.resolve(DIR).resolve("aside"));
        writeJournal(output, new Journal(false, entries));
        FaultPoint.reach("switch:journal");
        try {
            for (Entry e : entries) {
                Path target = output.resolve(e.target());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(output.resolve(e.aside()).getParent());
                    AtomicFiles.move(target, output.resolve(e.aside()));
                }
                FaultPoint.reach("switch:" + e.target() + (e.staged() == null ? ":removed" : ":aside"));
                if (e.staged() != null) {
                    Files.createDirectories(target.getParent());
                    AtomicFiles.move(output.resolve(e.staged()), target);
                    FaultPoint.reach("switch:" + e.target() + ":in");
                }
            }
            writeJournal(output, new Journal(true, entries));
        } catch (IOException | RuntimeException e) {
            try {
                rollBack(output, entries);
            } catch (IOException | RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        FaultPoint.reach("switch:committed");
        finish(output);
    }

    /**
     * Completes or undoes a switch-over that was interrupted (a kill, a power cut), and removes what a
     * publish left staged. Call at start, holding the output folder's lock, before anything is published.
     */
    public static Recovery recover(Path output) throws IOException {
        Path journalFile = output.resolve(JOURNAL);
        Recovery done = null;
        if (Files.exists(journalFile)) {
            Journal journal;
            try {
                journal = Json.MAPPER.readValue(journalFile.toFile(), Journal.class);
            } catch (RuntimeException unreadable) {
                // written to a temporary name and renamed: an unreadable journal was never renamed into place
                throw new IOException("the publish journal " + journalFile + " cannot be read: " + unreadable.getMessage(), unreadable);
            }
            if (journal.committed()) {
                finish(output);
                done = new Recovery(true, journal.entries().size());
            } else {
                rollBack(output, journal.entries());
                done = new Recovery(false, journal.entries().size());
            }
        }
        AtomicFiles.deleteRecursively(output.resolve(DIR));
        return done;
    }

    /** Undoes the entries, last first; then forgets the journal and the staged versions. */
    private static void rollBack(Path output, List<Entry> entries) throws IOException {
        for (Entry e : entries.reversed()) {
            Path target = output.resolve(e.target());
            Path aside = output.resolve(e.aside());
            if (e.staged() != null && !Files.exists(output.resolve(e.staged()), LinkOption.NOFOLLOW_LINKS)
                    && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(output.resolve(e.staged()).getParent());
                AtomicFiles.move(target, output.resolve(e.staged())); // the new version was in place: take it back
            }
            if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFiles.move(aside, target);
            }
        }
        Files.deleteIfExists(output.resolve(JOURNAL));
        AtomicFiles.syncDirectory(output);
        AtomicFiles.deleteRecursively(output.resolve(DIR));
    }

    /** After the commit: the previous versions go, then the journal. */
    private static void finish(Path output) throws IOException {
        AtomicFiles.deleteRecursively(output.resolve(DIR));
        Files.deleteIfExists(output.resolve(JOURNAL));
        AtomicFiles.syncDirectory(output);
    }

    private static void writeJournal(Path output, Journal journal) throws IOException {
        AtomicFiles.write(output.resolve(JOURNAL), Json.MAPPER.writeValueAsBytes(journal));
    }

    private String relative(Path staged) {
        Path rel = output.relativize(staged.toAbsolutePath());
        if (rel.startsWith("..") || !rel.startsWith(DIR)) {
            throw new IllegalArgumentException(staged + " is not staged under " + output.resolve(DIR));
        }
        return rel.toString().replace(staged.getFileSystem().getSeparator(), "/");
    }

    private String aside(String target) {
        return DIR + "/aside/" + entries.size() + "-" + target.replace('/', '_');
    }
}
