package jp.renkei.input;

import java.nio.file.Path;

/**
 * One input file and its fingerprint.
 *
 * @param relativePath path below the input folder with {@code /} separators (indicators/a.xlsx)
 * @param path         where it is on disk
 * @param overLimit    why the file is beyond the input limits (and must not be read), or {@code null}
 */
public record InputFile(String relativePath, Path path, SourceKind kind, long sizeBytes, String sha256, InputProblem overLimit) {

    public InputFile(String relativePath, Path path, SourceKind kind, long sizeBytes, String sha256) {
        this(relativePath, path, kind, sizeBytes, sha256, null);
    }

    /** Stable id of this file at this content: the same path and bytes give the same id in every load. */
    public String sourceFileId() {
        return Fingerprints.sha256Hex(relativePath + "\n" + sha256).substring(0, 16);
    }

    /** The first line of a text file, decoded as its readers decode it: for telling layouts apart by header. */
    public String firstLine() throws java.io.IOException {
        return TextDecoder.decode(relativePath, java.nio.file.Files.readAllBytes(path)).text().lines().findFirst().orElse("");
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
