package jp.renkei.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import jp.renkei.config.SqlFiles;

/**
 * The Parquet snapshot's tables: the analysts' views, flat for BI tools, one query each under {@code sql/snapshot/}
 * ({@code NNN_<table>.sql}, in that order). Free text never goes here. The publish writes them, and the benchmark
 * times the same queries.
 */
public final class SnapshotTables {

    /** Table name → query, in the order of their files. */
    public static final SequencedMap<String, String> QUERIES = read();

    /** The national-size tables are read five indicators at a time: the driver holds a whole result in memory. */
    public static final Map<String, SnapshotPublisher.Slicing> SLICED = Map.of(
            "indicator_values", new SnapshotPublisher.Slicing("indicator_id",
                    "SELECT DISTINCT indicator_id FROM fct_indicator_value ORDER BY 1"),
            "region_comparison", new SnapshotPublisher.Slicing("indicator_id",
                    "SELECT DISTINCT indicator_id FROM fct_indicator_value ORDER BY 1"));

    /**
     * The national-size tables are written one file per export: a night with a few new downloads writes those
     * exports' files and links the rest.
     */
    public static final Map<String, Partitioning> PARTITIONED = Map.of(
            "indicator_values", Partitioning.byExport(),
            "region_comparison", Partitioning.byExport());

    private SnapshotTables() {
    }

    private static SequencedMap<String, String> read() {
        try {
            SequencedMap<String, String> queries = new LinkedHashMap<>();
            for (Resource file : SqlFiles.in("snapshot")) {
                String name = file.getFilename().replaceFirst("^\\d+_", "").replaceFirst("\\.sql$", "");
                String sql = file.getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("--"))
                        .collect(Collectors.joining(" ")).strip();
                queries.put(name, sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
            }
            if (queries.isEmpty()) {
                throw new IllegalStateException("no snapshot table queries under sql/snapshot/ on the class path");
            }
            return Collections.unmodifiableSequencedMap(queries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot table queries in sql/snapshot/", e);
        }
    }
}
