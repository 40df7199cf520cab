package jp.renkei.publish;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A snapshot table's query cut into slices by the values of one column, so that no result is held whole. */
final class QuerySlices {

    /**
     * A slice's result is held whole in DuckDB's memory (the driver materialises it) while it is sorted and
     * exported, two at a time: at ten national indicators (about 150 MB each) two slices side by side now and
     * then ran out of a 512 MB limit; at five they stay far below it.
     */
    static final int KEYS_PER_SLICE = 5;

    private QuerySlices() {
    }

    /** The table's query, or one query per {@link #KEYS_PER_SLICE} values of its slicing column. */
    static List<String> slices(Connection connection, String sql, SnapshotPublisher.Slicing slicing) throws SQLException {
        if (slicing == null) {
            return List.of(sql);
        }
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(slicing.keysQuery())) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys.isEmpty() ? List.of(sql) : slices(sql, slicing.column(), keys);
    }

    /** One query per {@link #KEYS_PER_SLICE} of {@code keys}: the rows whose {@code column} is one of them. */
    static List<String> slices(String sql, String column, List<String> keys) {
        Query query = Query.of(sql);
        List<String> slices = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_SLICE) {
            String in = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_SLICE)).stream()
                    .map(k -> "'" + k.replace("'", "''") + "'").collect(Collectors.joining(", "));
            slices.add("SELECT * FROM (" + query.unordered() + ") sliced WHERE sliced." + column + " IN (" + in + ")"
                    + query.orderBy());
        }
        return slices;
    }

    /**
     * A snapshot query split at its final {@code ORDER BY}, if it has one at the end outside parentheses and
     * quotes: a count need not sort (DuckDB sorts a subquery's 7 M rows if asked), and a slice sorts only its
     * own rows.
     */
    record Query(String unordered, String orderBy) {

        private static final Pattern ORDER_BY = Pattern.compile("(?is)^(.*\\S)(\\s+ORDER\\s+BY\\s+[^()'\"]+)$");

        static Query of(String sql) {
            var m = ORDER_BY.matcher(sql.strip());
            return m.matches() ? new Query(m.group(1), m.group(2)) : new Query(sql, "");
        }
    }

    static long rowCount(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM (" + Query.of(sql).unordered() + ") q")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
