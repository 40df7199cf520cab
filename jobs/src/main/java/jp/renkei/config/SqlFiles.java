package jp.renkei.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The SQL files under {@code sql/} (schema, checks, snapshot, rejects), as the jar carries them. */
public final class SqlFiles {

    private SqlFiles() {
    }

    /** The files of one folder, in file-name order. */
    public static Resource[] in(String folder) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:sql/" + folder + "/*.sql");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the SQL files in sql/" + folder + "/", e);
        }
    }

    /** One file's text: {@code sql/<folder>/<file>}. */
    public static String read(String folder, String file) {
        String path = "sql/" + folder + "/" + file;
        try (InputStream in = SqlFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
