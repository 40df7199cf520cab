package jp.renkei.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the load's Spring context on the working database, and rebuilds that database when it cannot be opened
 * or brought up to the schema (a write that failed on a full disk can leave it so). The working database is
 * renkei's own: everything in it can be read again from the input folder, and the published output is not in it.
 * The damaged file is kept beside it as {@code warehouse.duckdb.damaged} (one, the latest) for a post-mortem.
 */
final class WorkingDatabase {

    static final String DAMAGED_SUFFIX = ".damaged";

    private WorkingDatabase() {
    }

    static ConfigurableApplicationContext start(Path input, Path output, jp.renkei.input.InputInventory scanned, RunLog out,
                                                String... properties) throws IOException {
        try {
            return NightlyLoad.start(input, output, scanned, properties);
        } catch (RuntimeException e) {
            Path working = output.resolve("work").resolve("warehouse.duckdb");
            if (!Files.exists(working) || !isDatabaseFailure(e) || Failure.of(e, output).reason().startsWith("no space left")) {
                throw e;
            }
            Path damaged = working.resolveSibling(working.getFileName() + DAMAGED_SUFFIX);
            Files.move(working, damaged, StandardCopyOption.REPLACE_EXISTING);
            Path wal = working.resolveSibling(working.getFileName() + ".wal");
            if (Files.exists(wal)) {
                Files.move(wal, damaged.resolveSibling(damaged.getFileName() + ".wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            out.event("rebuild", "renkei: the working database " + working + " could not be opened (" + firstLine(Failure.of(e, output).reason())
                    + "); it was set aside as " + damaged.getFileName() + " and is built again from the input folder "
                    + "(the published output is not affected; this load reads every file)", Map.of("damaged", damaged.toString()));
            return NightlyLoad.start(input, output, scanned, properties);
        }
    }

    private static boolean isDatabaseFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException || (c.getMessage() != null && c.getMessage().contains("cannot bring the warehouse schema"))) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
