package jp.renkei.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * A column's meaning is written once, on its table; a view that shows the column says so with a line
 * {@code -- column docs from: fct_x, dim_y} above its {@code CREATE VIEW}, and gets the first of those tables'
 * comment for each of its columns of the same name (as dbt's docs blocks do). Only what a view computes or renames
 * is commented on the view itself. A staging table says the same of its fact above its {@code CREATE TABLE}. A name
 * without a schema is in {@code main}; a table declared again in a later migration (moved to another schema) is
 * the one that counts.
 *
 * <p>Applied after every migration: a view made again by its repeatable migration has lost its column comments, and
 * a table comment a later migration changed is carried to the views that show the column.
 */
public final class ViewColumnDocs {

    private static final Pattern DECLARATION = Pattern.compile(
            "^-- column docs from: ([\\w, ]+)\\R\\s*CREATE (?:OR REPLACE VIEW|TABLE(?: IF NOT EXISTS)?) ([\\w.]+)", Pattern.MULTILINE);

    private static final SequencedMap<String, String> EMPTY = new LinkedHashMap<>(); // never written to

    private ViewColumnDocs() {
    }

    /** The views' sources as the scripts declare them, in the order the views are made. */
    public static SequencedMap<String, List<String>> declared(Resource[] scripts) {
        SequencedMap<String, List<String>> views = new LinkedHashMap<>();
        for (Resource script : scripts) {
            try {
                Matcher m = DECLARATION.matcher(script.getContentAsString(StandardCharsets.UTF_8));
                while (m.find()) {
                    views.put(m.group(2), Arrays.stream(m.group(1).split(",")).map(String::strip).toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return views;
    }

    /**
     * Gives every column of a declared view or table its declared sources' comment where it has none or another,
     * view by view (a view may be a source).
     */
    static void apply(Connection c, SequencedMap<String, List<String>> views) throws SQLException {
        // every comment read at once: a query per column cost about a second of every start
        Map<String, SequencedMap<String, String>> comments = comments(c);
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, List<String>> view : views.entrySet()) {
                for (Map.Entry<String, String> column : comments.getOrDefault(qualified(view.getKey()), EMPTY).entrySet()) {
                    String doc = firstComment(comments, view.getValue(), column.getKey());
                    if (doc != null && !doc.equals(column.getValue())) {
                        s.execute("COMMENT ON COLUMN " + view.getKey() + "." + column.getKey() + " IS '"
                                + doc.replace("'", "''") + "'");
                        column.setValue(doc); // a later view may take it from this one
                    }
                }
            }
        }
    }

    /** Every table's and view's columns with their comments (null where none), in column order, by schema.name. */
    private static Map<String, SequencedMap<String, String>> comments(Connection c) throws SQLException {
        Map<String, SequencedMap<String, String>> tables = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT schema_name, table_name, column_name, comment FROM duckdb_columns()
                WHERE database_name = current_database()
                ORDER BY schema_name, table_name, column_index""")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new LinkedHashMap<>())
                        .put(rs.getString(3), rs.getString(4));
            }
        }
        return tables;
    }

    private static String firstComment(Map<String, SequencedMap<String, String>> comments, List<String> sources, String column) {
        for (String source : sources) {
            String comment = comments.getOrDefault(qualified(source), EMPTY).get(column);
            if (comment != null && !comment.isEmpty()) {
                return comment;
            }
        }
        return null;
    }

    private static String qualified(String name) {
        return schema(name) + "." + name(name);
    }

    private static String schema(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? "main" : qualified.substring(0, dot);
    }

    private static String name(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }
}
