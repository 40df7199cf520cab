package jp.renkei.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.input.Fingerprints;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A file the snapshot was built from, as the manifest records it, so that anyone can tell which exports a
 * published number came from and check that they still have the same bytes.
 *
 * @param path   path relative to the input directory, with '/' separators
 * @param size   size in bytes
 * @param sha256 SHA-256 of the contents, lower-case hex
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManifestInputFile(String path, long size, String sha256) {

    /** Describes {@code file}, naming it relative to {@code root}. */
    public static ManifestInputFile of(Path root, Path file) throws IOException {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new ManifestInputFile(relative, Files.size(file), Fingerprints.sha256Hex(file));
    }

    /** The manifest's entry for a file the load's inventory already fingerprinted. */
    public static ManifestInputFile of(jp.renkei.input.InputFile file) {
        return new ManifestInputFile(file.relativePath(), file.sizeBytes(), file.sha256());
    }
}
