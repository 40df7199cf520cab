package jp.renkei.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.config.SurveyKey;
import jp.renkei.input.InputFileException;
import jp.renkei.source.survey.CodebookException;
import jp.renkei.publish.SnapshotManifest;
import jp.renkei.publish.SnapshotPublisher;

/**
 * Why a load failed, in the words the operator needs, and whether it was foreseen (bad input, a failed data
 * check, a full disk, a file that cannot be replaced: a message, no stack trace) or a bug (a stack trace too).
 */
record Failure(String reason, boolean expected) {

    /** Below this, a failure that does not say why is taken for a full disk. */
    private static final long NEARLY_FULL_BYTES = 1L << 20;
    private static final Pattern NO_SPACE = Pattern.compile("(?i)no space left on device|disk full|ENOSPC");
    /** DuckDB names the file it failed to write in quotes. */
    private static final Pattern QUOTED_PATH = Pattern.compile("\"(/[^\"]+)\"");

    static Failure of(Throwable failure, Path output) {
        String noSpace = noSpace(failure, output);
        if (noSpace != null) {
            return new Failure(noSpace, true);
        }
        for (Throwable c : chain(failure)) {
            if (c instanceof InputFileException || c instanceof DataCheckTasklet.DataCheckFailedException
                    || c instanceof CodebookException || c instanceof SurveyKey.SurveyKeyException) {
                return new Failure(c.getMessage(), true);
            }
        }
        for (Throwable c : chain(failure)) {
            if (c instanceof AccessDeniedException || (c instanceof FileSystemException fs
                    && fs.getReason() != null && fs.getReason().toLowerCase(Locale.ROOT).contains("not permitted"))) {
                FileSystemException fs = (FileSystemException) c;
                return new Failure("cannot replace " + fs.getFile() + (fs.getOtherFile() == null ? "" : " with " + fs.getOtherFile())
                        + ": " + (fs.getReason() == null ? "permission denied" : fs.getReason())
                        + " (is it immutable, read-only or owned by someone else?)", true);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new Failure(root.getMessage() == null ? root.toString() : root.getMessage(), false);
    }

    /** The first line of a failed load's report: what was published, i.e. what readers now see. */
    static String headline(Path output) {
        return "renkei: the load failed and published nothing; " + whatReadersSee(output) + ".";
    }

    /** What a reader of the output folder sees now, said from the published manifest. */
    static String whatReadersSee(Path output) {
        LocalDate newest = SnapshotPublisher.newestSnapshotDate(output);
        if (newest == null) {
            return "nothing had been published in " + output + " before, and nothing is now";
        }
        SnapshotManifest.Origin origin = SnapshotPublisher.publishedOrigin(output);
        return "readers still see the load published for " + newest
                + (origin.loadId() == null ? "" : " (load " + origin.loadId() + ")")
                + ": warehouse.duckdb, parquet/ and rejects/ as they were";
    }

    /** "no space left on device" with the path, when that is what happened; null otherwise. */
    private static String noSpace(Throwable failure, Path output) {
        for (Throwable c : chain(failure)) {
            String message = c.getMessage() == null ? "" : c.getMessage();
            if (NO_SPACE.matcher(message).find() || (c instanceof FileSystemException fs && fs.getReason() != null
                    && NO_SPACE.matcher(fs.getReason()).find())) {
                String path = c instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : pathIn(message);
                return noSpaceMessage(path == null ? output.toAbsolutePath().toString() : path, output);
            }
        }
        try {
            if (Files.getFileStore(Files.createDirectories(output)).getUsableSpace() < NEARLY_FULL_BYTES) {
                // DuckDB reports a failed write at commit as "no transaction is active": the disk says why
                return noSpaceMessage(output.toAbsolutePath().toString(), output);
            }
        } catch (IOException e) {
            // cannot tell: report the failure as it is
        }
        return null;
    }

    private static String noSpaceMessage(String path, Path output) {
        String free;
        try {
            free = String.format("%,d bytes", Files.getFileStore(output).getUsableSpace());
        } catch (IOException e) {
            free = "unknown";
        }
        return "no space left on device: " + path + " (free on that file system now: " + free
                + "); free some space and run the load again";
    }

    private static String pathIn(String message) {
        Matcher m = QUOTED_PATH.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** The failure, its causes and suppressed exceptions, each once. */
    private static Iterable<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> inOrder = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            inOrder.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return inOrder;
    }
}
