package jp.renkei.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
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
        for (Map.Entry<String, List<String>> view : views.entrySet()) {
            List<String> statements = new ArrayList<>();
            for (Map.Entry<String, String> column : comments(c, view.getKey()).entrySet()) {
                String doc = firstComment(c, view.getValue(), column.getKey());
                if (doc != null && !doc.equals(column.getValue())) {
                    statements.add("COMMENT ON COLUMN " + view.getKey() + "." + column.getKey() + " IS '"
                            + doc.replace("'", "''") + "'");
                }
            }
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
        }
    }

    /** The columns of a view or table with their comments (null where none), in column order. */
    private static SequencedMap<String, String> comments(Connection c, String view) throws SQLException {
        SequencedMap<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT column_name, comment FROM duckdb_columns()
                WHERE schema_name = ? AND table_name = ? AND database_name = current_database()
                ORDER BY column_index""")) {
            ps.setString(1, schema(view));
            ps.setString(2, name(view));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

    private static String firstComment(Connection c, List<String> sources, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT comment FROM duckdb_columns()
                WHERE schema_name = ? AND table_name = ? AND column_name = ? AND database_name = current_database()
                  AND comment IS NOT NULL AND comment <> ''""")) {
            for (String source : sources) {
                ps.setString(1, schema(source));
                ps.setString(2, name(source));
                ps.setString(3, column);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
        }
        return null;
    }

    private static String schema(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? "main" : qualified.substring(0, dot);
    }

    private static String name(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }
}
