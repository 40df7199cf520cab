package jp.renkei.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps the newest N snapshot days of every table under output/parquet/. Runs only after a new snapshot
 * has been published, so that a failed night never leaves fewer good days than before.
 */
public final class SnapshotRetention {

    private SnapshotRetention() {
    }

    /** @return the partitions removed, as paths relative to the parquet folder */
    public static List<String> prune(Path outputDir, int keepDays) throws IOException {
        Path parquet = outputDir.resolve(SnapshotPublisher.PARQUET_DIR);
        List<String> removed = new ArrayList<>();
        if (keepDays < 1 || !Files.isDirectory(parquet)) {
            return removed;
        }
        try (Stream<Path> tables = Files.list(parquet)) {
            for (Path table : tables.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("_")).toList()) {
                pruneDays(table, keepDays).forEach(old -> removed.add(parquet.relativize(old).toString()));
            }
        }
        return removed;
    }

    /**
     * Keeps the newest N {@code snapshot_date=} folders directly under {@code dir} (the days of one Parquet table,
     * or of the report) and removes the others.
     *
     * @return the folders removed
     */
    public static List<Path> pruneDays(Path dir, int keepDays) throws IOException {
        if (keepDays < 1 || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> days;
        try (Stream<Path> partitions = Files.list(dir)) {
            days = partitions.filter(p -> p.getFileName().toString().startsWith("snapshot_date="))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        List<Path> removed = new ArrayList<>();
        for (Path old : days.subList(Math.min(keepDays, days.size()), days.size())) {
            FileSystemUtils.deleteRecursively(old);
            removed.add(old);
        }
        return removed;
    }
}
