package jp.renkei.publish;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * What a night's snapshot is computed from, before anything is written: each table's source fingerprint and, for a
 * table written one file per part, the plan of its parts. A table or part whose fingerprint is the last snapshot's
 * is linked, not written.
 *
 * @param fingerprints table name → fingerprint of everything its rows are computed from
 * @param parts        table name → its parts, for the partitioned tables
 */
record SnapshotPlan(Map<String, String> fingerprints, Map<String, PartPlan> parts) {

    static SnapshotPlan of(Connection connection, SequencedMap<String, String> queries,
            Map<String, Partitioning> partitioning) throws SQLException {
        SourceFingerprint sources = new SourceFingerprint(connection);
        Map<String, String> fingerprints = new LinkedHashMap<>();
        Map<String, PartPlan> plans = new LinkedHashMap<>();
        Map<Partitioning, PartPlan.Keys> keys = new LinkedHashMap<>(); // tables partitioned alike share their keys
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Partitioning parts = partitioning.get(query.getKey());
            if (parts == null) {
                fingerprints.put(query.getKey(), sources.of(query.getValue()));
            } else {
                PartPlan.Keys partKeys = keys.get(parts);
                if (partKeys == null) {
                    partKeys = PartPlan.Keys.of(connection, parts);
                    keys.put(parts, partKeys);
                }
                PartPlan plan = PartPlan.of(query.getValue(), parts, partKeys, sources);
                plans.put(query.getKey(), plan);
                fingerprints.put(query.getKey(), plan.fingerprint());
            }
        }
        return new SnapshotPlan(fingerprints, plans);
    }
}
