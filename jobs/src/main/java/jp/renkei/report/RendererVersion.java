package jp.renkei.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The code that renders the report, as one fingerprint: a report made by another build is never re-issued, since a
 * new template, query or number format would not show in it. It covers renkei's classes, the report template and the
 * SQL files (whatever renkei's own code may read while it renders), and the Java version (its fonts measure the charts'
 * labels).
 */
final class RendererVersion {

    /** The folders fingerprinted, each from its class path root. */
    private static final String[] ROOTS = {"jp/renkei/", "report/", "sql/"};

    private static volatile String current;

    private RendererVersion() {
    }

    static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    private static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(System.getProperty("java.version").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var resolver = new PathMatchingResourcePatternResolver(RendererVersion.class.getClassLoader());
            for (String root : ROOTS) {
                Resource[] found = resolver.getResources("classpath*:" + root + "**/*.*");
                Arrays.sort(found, Comparator.comparing(r -> name(r, root)));
                for (Resource r : found) {
                    sha.update(name(r, root).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = r.getInputStream()) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read renkei's own classes to fingerprint the report's renderer", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resource's path from its class path root (the same in the jar and in target/classes). */
    private static String name(Resource r, String root) {
        try {
            String url = r.getURL().toString();
            int jar = url.indexOf("!/" + root);
            return url.substring(jar >= 0 ? jar + 2 : url.indexOf("/" + root) + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
