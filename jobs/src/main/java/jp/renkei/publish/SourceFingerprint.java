package jp.renkei.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import jp.renkei.config.Json;

/**
 * What a snapshot table's rows are computed from: its query, every view definition, and the content of each
 * table the query reads, as DuckDB's own plan names them ({@code EXPLAIN (FORMAT json)}). Views are
 * deterministic, so the same fingerprint means the same rows: a night whose sources did not change links
 * the earlier file without reading a row of the view (hashing a base table is one scan; hashing a view's
 * rows is its whole join, and the national comparison view's join is the largest memory use of a load).
 */
final class SourceFingerprint {


    private final Connection connection;
    private final String views;
    /** Base table → content hash, shared by the queries of one snapshot (most of them read the same dimensions). */
    private final Map<String, String> tableHashes = new HashMap<>();

    SourceFingerprint(Connection connection) throws SQLException {
        this.connection = connection;
        this.views = scalar(connection, "SELECT coalesce(string_agg(view_name || ': ' || sql, '\n' "
                + "ORDER BY view_name), '') FROM duckdb_views() WHERE NOT internal");
    }

    /** The fingerprint of one query's sources. */
    String of(String query) throws SQLException {
        return of(query, Set.of());
    }

    /**
     * The fingerprint of one query's sources but the tables named in {@code keyed} (unqualified), which the caller
     * hashes part by part ({@link Partitioning#sourcesQuery}).
     */
    String of(String query, Set<String> keyed) throws SQLException {
        MessageDigest sha = sha256();
        update(sha, "query", query);
        update(sha, "views", views);
        for (String table : scannedTables(connection, query)) {
            if (keyed.contains(unqualified(table))) {
                continue;
            }
            String hash = tableHashes.get(table);
            if (hash == null) {
                hash = contentHash(connection, table);
                tableHashes.put(table, hash);
            }
            update(sha, table, hash);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** count:sum of the rows' hashes; equal for the same rows in any order. */
    private static String contentHash(Connection connection, String table) throws SQLException {
        return scalar(connection, "SELECT count(*) || ':' || coalesce(sum(hash(t)), 0)::VARCHAR FROM " + table + " t");
    }

    /** The tables a query scans, qualified and quoted ({@code "warehouse"."main"."dim_region"}). */
    static Set<String> scannedTables(Connection connection, String query) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN (FORMAT json) " + query)) {
            while (plan.next()) {
                collect(Json.MAPPER.readTree(plan.getString(2)), tables);
            }
        }
        return tables;
    }

    private static void collect(JsonNode node, Set<String> tables) {
        JsonNode table = node.path("extra_info").path("Table");
        if (table.isString()) {
            tables.add(quoted(table.asString()));
        }
        for (JsonNode child : node.isArray() ? node : node.path("children")) {
            collect(child, tables);
        }
    }

    /** {@code "warehouse"."main"."dim_region"} → {@code dim_region}. */
    private static String unqualified(String quoted) {
        int dot = quoted.lastIndexOf("\".\"");
        String last = dot < 0 ? quoted : quoted.substring(dot + 2);
        return last.substring(1, last.length() - 1).replace("\"\"", "\"");
    }

    /** The SHA-256 of the given strings, in order, as hex. */
    static String combined(Iterable<String> parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            update(sha, "", part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String quoted(String qualified) {
        StringBuilder out = new StringBuilder();
        for (String part : qualified.split("\\.")) {
            out.append(out.isEmpty() ? "" : ".").append('"').append(part.replace("\"", "\"\"")).append('"');
        }
        return out.toString();
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void update(MessageDigest sha, String name, String value) {
        sha.update((name + "\u0000" + value + "\u0000").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
