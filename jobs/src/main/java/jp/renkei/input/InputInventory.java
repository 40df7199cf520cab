package jp.renkei.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every input file of a load, fingerprinted. The fingerprint of the whole set, with the run date, is the
 * identity of a load: the same files on the same day are the same load.
 */
public record InputInventory(Path root, List<InputFile> files) {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InputInventory.class);

    public InputInventory {
        files = List.copyOf(files);
    }

    /** The inventory with the configured {@link InputLimits#followsLinksOut()} (system property or environment). */
    public static InputInventory scan(Path root) {
        return scan(root, InputLimits.followsLinksOut());
    }

    /**
     * @param followLinksOut whether a symbolic link out of the input folder is read: a load inside Spring passes its
     *                       own setting, so that one load can say so without a JVM-wide system property
     */
    public static InputInventory scan(Path root, boolean followLinksOut) {
        if (!Files.isDirectory(root)) {
            throw new InputFileException(InputProblem.ofFile(root.toString(), "input folder missing",
                    Files.exists(root) ? "a file" : "nothing", "a folder with indicators/, population/, reference/ and activities/"));
        }
        List<InputFile> files = new ArrayList<>();
        InputLimits limits = InputLimits.configured();
        Path realRoot = realPath(root);
        boolean linksOut = followLinksOut;
        for (SourceKind kind : SourceKind.values()) {
            Path dir = root.resolve(kind.folder());
            if (!Files.isDirectory(dir) || !linksOut && !realPath(dir).startsWith(realRoot)) {
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(dir)) {
                found = walk.filter(Files::isRegularFile).filter(InputInventory::isData)
                        .sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
            List<Path> data = new ArrayList<>();
            for (Path p : found) {
                if (!linksOut && !realPath(p).startsWith(realRoot)) {
                    // a link out of the input folder: never read, never quoted (it could be /etc/passwd)
                    log.warn("{}: a symbolic link to a file outside the input folder; not read", LogText.escape(relative(root, p)));
                    continue;
                }
                data.add(p);
            }
            // hashed on every core (a national input is 210 files); a problem is raised for the first file in order
            List<Taken> taken = data.parallelStream().map(p -> {
                try {
                    return new Taken(take(root, p, kind, limits), null);
                } catch (RuntimeException e) {
                    return new Taken(null, e);
                }
            }).toList();
            for (Taken t : taken) {
                if (t.problem() != null) {
                    throw t.problem();
                }
                files.add(t.file());
            }
        }
        return new InputInventory(root, files);
    }

    /** A file taken into the inventory, or why it could not be. */
    private record Taken(InputFile file, RuntimeException problem) {
    }

    /** One file, fingerprinted, with the problem it has beyond the input limits (a 見える化 book only). */
    private static InputFile take(Path root, Path p, SourceKind kind, InputLimits limits) {
        String rel = relative(root, p);
        try {
            long size = Files.size(p);
            String sha256;
            InputProblem overLimit = null;
            try {
                if (rel.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                    limits.checkWorkbook(rel, p);
                    sha256 = Fingerprints.sha256Hex(p);
                } else {
                    InputLimits.TextScan scan = limits.textScan(rel);
                    sha256 = Fingerprints.sha256Hex(p, scan::accept);
                }
            } catch (InputFileException e) {
                if (kind != SourceKind.INDICATORS) {
                    throw e;
                }
                // a 見える化 book beyond the limits is rejected whole by its reader, never read; the others load
                overLimit = e.problem();
                sha256 = Fingerprints.sha256Hex(p);
            }
            return new InputFile(rel, p, kind, size, sha256, overLimit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Hidden files, Excel's lock files (~$…) and READMEs are not input. */
    private static boolean isData(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("~$") && !name.toUpperCase().startsWith("README");
    }

    public List<InputFile> of(SourceKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The id of the file version at {@code relativePath} in this inventory (problems name files by path). */
    public String sourceFileIdOf(String relativePath) {
        return files.stream().filter(f -> f.relativePath().equals(relativePath)).map(InputFile::sourceFileId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not an input file of this load: " + relativePath));
    }

    /** SHA-256 over the sorted list of (relative path, content SHA-256). */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        files.stream().sorted(Comparator.comparing(InputFile::relativePath))
                .forEach(f -> sb.append(f.relativePath()).append('\t').append(f.sha256()).append('\n'));
        return Fingerprints.sha256Hex(sb.toString());
    }

    /** The load's id: the same input on the same run date always gives the same id. */
    public String loadId(LocalDate runDate) {
        return loadId(runDate, fingerprint());
    }

    /** The id of the load of an input with this {@link #fingerprint()} on this run date. */
    public static String loadId(LocalDate runDate, String fingerprint) {
        return Fingerprints.sha256Hex(runDate + "\n" + fingerprint).substring(0, 16);
    }
}
