package jp.renkei.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file the snapshot was built from, recorded in the manifest so that anyone can tell which
 * exports a published number came from, and check that they still have the same bytes.
 *
 * @param path   path relative to the input directory, with '/' separators
 * @param size   size in bytes
 * @param sha256 SHA-256 of the contents, lower-case hex
 */
public record InputFile(String path, long size, String sha256) {

    /** Describes {@code file}, naming it relative to {@code root}. */
    public static InputFile of(Path root, Path file) throws IOException {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        MessageDigest digest = newSha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) != -1; ) {
                size += n;
            }
        }
        return new InputFile(relative, size, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
