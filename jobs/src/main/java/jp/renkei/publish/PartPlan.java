package jp.renkei.publish;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * A partitioned table's files for one night: each part's key, the values its rows are selected on, and the
 * fingerprint of its sources (the table's query, the views and the shared tables hashed whole, plus the part's
 * own rows of the keyed tables). The table's fingerprint is that of all its parts: it is unchanged only when no part
 * changed, came or went.
 */
record PartPlan(Partitioning partitioning, List<Planned> parts, String fingerprint) {

    /** A part to publish: its key, the filter values, and its fingerprint. */
    record Planned(String key, List<String> values, String fingerprint) {

        /** The part's file name: {@code part-<key>.parquet}, the key escaped where a path or a reader needs it. */
        String file() {
            return "part-" + PartFileName.escape(key) + ".parquet";
        }
    }

    /** The keys and hashes a partitioning's queries give; shared by the tables partitioned alike. */
    record Keys(SequencedMap<String, List<String>> values, Map<String, String> hashes) {

        static Keys of(Connection connection, Partitioning partitioning) throws SQLException {
            SequencedMap<String, List<String>> values = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery(partitioning.partsQuery())) {
                    while (rs.next()) {
                        values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
                try (ResultSet rs = statement.executeQuery(partitioning.sourcesQuery())) {
                    while (rs.next()) {
                        hashes.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return new Keys(values, hashes);
        }
    }

    static PartPlan of(String query, Partitioning partitioning, Keys keys, SourceFingerprint sources) throws SQLException {
        String shared = sources.of(query, partitioning.keyed());
        List<Planned> parts = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(shared));
        for (Map.Entry<String, List<String>> part : keys.values().entrySet()) {
            String fingerprint = SourceFingerprint.combined(List.of(shared, part.getKey(),
                    String.valueOf(keys.hashes().get(part.getKey()))));
            parts.add(new Planned(part.getKey(), List.copyOf(part.getValue()), fingerprint));
            all.add(part.getKey());
            all.add(fingerprint);
        }
        return new PartPlan(partitioning, List.copyOf(parts), SourceFingerprint.combined(all));
    }
}
