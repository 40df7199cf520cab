package jp.renkei.publish;

import java.util.Set;
import jp.renkei.config.SqlFiles;

/**
 * How a large snapshot table is written as one file per part inside the day's {@code snapshot_date=} folder, so
 * that a night reuses (links) the file of every part whose sources did not change and writes only the others.
 *
 * @param filterColumn the column of the table's query a part is selected on
 * @param partsQuery   lists {@code (part key, filter value)}, ordered by key: a part's rows are those whose
 *                     {@code filterColumn} is one of its values
 * @param sourcesQuery lists {@code (part key, hash)}: a hash of what the part's rows are computed from in the
 *                     {@code keyed} tables; every other table the query reads is hashed whole beside it
 * @param keyed        the tables {@code sourcesQuery} covers part by part (unqualified names)
 */
public record Partitioning(String filterColumn, String partsQuery, String sourcesQuery, Set<String> keyed) {

    public Partitioning {
        keyed = Set.copyOf(keyed);
    }

    /**
     * One part per 見える化 export (指標ID): a night with one new download rewrites one part of each table. The SQL is
     * in {@code sql/publish/}.
     */
    public static Partitioning byExport() {
        return new Partitioning("indicator_id", sql("export_series.sql"), sql("export_sources.sql"),
                Set.of("fct_indicator_value", "dim_indicator", "bridge_indicator_scene", "dim_source_file"));
    }

    private static String sql(String file) {
        return SqlFiles.read("publish", file);
    }
}
