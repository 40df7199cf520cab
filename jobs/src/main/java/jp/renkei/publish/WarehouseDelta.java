package jp.renkei.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.config.SqlFiles;

/**
 * Brings a copy of the published warehouse up to the working database table by table, instead of copying the
 * working database whole: a night with one new export changes 0.5 % of the national facts, and
 * {@code COPY FROM DATABASE} rewrote all of them (25 of a 60 s night).
 *
 * <p>Only where both hold the same objects ({@code sql/publish/warehouse_objects.sql}: columns and their order,
 * comments, views, constraints, sequences); otherwise the caller copies whole. Every table's rows are compared by
 * count and sum of row hashes on both sides, the published side too, so that nothing but the working database's
 * rows survives in the copy. A table that differs is emptied and filled again, except the national-size facts,
 * which are compared and replaced per key ({@link #KEYED}).
 */
final class WarehouseDelta {

    /** Tables compared and replaced per value of a column: the ones that grow with the nation or the respondents. */
    static final Map<String, String> KEYED = Map.of(
            "fct_indicator_value", "indicator_id",
            "fct_survey_answer", "survey_id");

    private static final String OBJECTS = SqlFiles.read("publish", "warehouse_objects.sql");

    /** What the copy needed: tables compared, tables changed, and the rows removed and added. */
    record Applied(int tables, List<String> changed, long rowsDeleted, long rowsInserted) {

        @Override
        public String toString() {
            return changed.isEmpty() ? "no table changed"
                    : changed.size() + " of " + tables + " tables changed (" + String.join(", ", changed) + "), "
                            + String.format("%,d", rowsDeleted) + " rows removed and " + String.format("%,d", rowsInserted) + " added";
        }
    }

    private WarehouseDelta() {
    }

    /**
     * Makes the tables of catalog {@code copy} hold the rows of catalog {@code working}, both attached to
     * {@code connection} (in auto-commit). Empty when their schemas differ: nothing was changed then.
     */
    static Optional<Applied> apply(Connection connection, String working, String copy) throws SQLException {
        if (!sameObjects(connection, working, copy)) {
            return Optional.empty();
        }
        List<String[]> tables = tables(connection, working);
        List<String> changed = new ArrayList<>();
        long deleted = 0;
        long inserted = 0;
        for (String[] table : tables) {
            String name = table[1];
            String key = KEYED.get(name);
            long[] counts = key == null ? replaceIfChanged(connection, working, copy, table)
                    : replaceChangedKeys(connection, working, copy, table, key);
            if (counts != null) {
                changed.add(name);
                deleted += counts[0];
                inserted += counts[1];
            }
        }
        return Optional.of(new Applied(tables.size(), List.copyOf(changed), deleted, inserted));
    }

    /** The table emptied and filled again when its rows differ: the rows removed and added, or null. */
    private static long[] replaceIfChanged(Connection connection, String working, String copy, String[] table) throws SQLException {
        String fingerprint = "SELECT count(*), sum(hash(t))::VARCHAR FROM %s t";
        if (Objects.equals(first(connection, fingerprint.formatted(qualified(working, table))),
                first(connection, fingerprint.formatted(qualified(copy, table))))) {
            return null;
        }
        return replaceWhole(connection, working, copy, table);
    }

    private static long[] replaceWhole(Connection connection, String working, String copy, String[] table) throws SQLException {
        return new long[] {
                update(connection, "DELETE FROM " + qualified(copy, table)),
                update(connection, "INSERT INTO " + qualified(copy, table) + " SELECT * FROM " + qualified(working, table))};
    }

    /** The rows of each key whose rows differ replaced: the rows removed and added, or null when none differ. */
    private static long[] replaceChangedKeys(Connection connection, String working, String copy, String[] table, String key)
            throws SQLException {
        String perKey = "SELECT " + identifier(key) + ", count(*) || ':' || sum(hash(t))::VARCHAR FROM %s t GROUP BY 1";
        Map<String, String> now = keyed(connection, perKey.formatted(qualified(working, table)));
        Map<String, String> published = keyed(connection, perKey.formatted(qualified(copy, table)));
        Set<String> keys = new HashSet<>(now.keySet());
        keys.addAll(published.keySet());
        if (keys.contains(null) && !Objects.equals(now.get(null), published.get(null))) {
            return replaceWhole(connection, working, copy, table); // no per-key statement reaches rows without a key
        }
        List<String> differing = keys.stream().filter(k -> k != null && !Objects.equals(now.get(k), published.get(k)))
                .sorted().toList();
        if (differing.isEmpty()) {
            return null;
        }
        String in = " WHERE " + identifier(key) + " IN ("
                + differing.stream().map(WarehouseDelta::literal).collect(Collectors.joining(", ")) + ")";
        return new long[] {
                update(connection, "DELETE FROM " + qualified(copy, table) + in),
                update(connection, "INSERT INTO " + qualified(copy, table) + " SELECT * FROM " + qualified(working, table) + in)};
    }

    /** True when both catalogs hold the same objects besides rows: tables, columns, comments, views, constraints. */
    static boolean sameObjects(Connection connection, String working, String copy) throws SQLException {
        return objects(connection, working).equals(objects(connection, copy));
    }

    /** One line per object of {@code catalog} besides rows. */
    private static List<String> objects(Connection connection, String catalog) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(OBJECTS)) {
            statement.setString(1, catalog);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
                }
            }
        }
        return lines;
    }

    private static List<String[]> tables(Connection connection, String catalog) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT schema_name, table_name FROM duckdb_tables() "
                + "WHERE database_name = ? AND NOT internal AND NOT " + unpublished("table_name") + " ORDER BY 1, 2")) {
            statement.setString(1, catalog);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return tables;
    }

    private static Map<String, String> keyed(Connection connection, String sql) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return values;
    }

    private static List<String> first(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return List.of(rs.getString(1), String.valueOf(rs.getString(2)));
        }
    }

    private static long update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    /**
     * The working database's objects that are never published, by name: Spring Batch's job repository and Flyway's
     * history (they belong to the job runner; {@code sql/publish/warehouse_objects.sql} leaves out the same).
     */
    static String unpublished(String nameColumn) {
        return "(upper(" + nameColumn + ") LIKE 'BATCH\\_%' ESCAPE '\\' OR " + nameColumn + " = 'flyway_schema_history')";
    }

    static String qualified(String catalog, String[] schemaAndName) {
        return identifier(catalog) + "." + identifier(schemaAndName[0]) + "." + identifier(schemaAndName[1]);
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
