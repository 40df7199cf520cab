package jp.renkei.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The SQL files under {@code sql/} (schema, checks, snapshot, rejects), as the jar carries them. */
public final class SqlFiles {

    private SqlFiles() {
    }

    /** One file's SQL, e.g. {@code rejects/load_rejects.sql}, to run or to use as a subquery. */
    public static String text(String file) {
        try (var in = new org.springframework.core.io.ClassPathResource("sql/" + file).getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sql/" + file, e);
        }
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
}
