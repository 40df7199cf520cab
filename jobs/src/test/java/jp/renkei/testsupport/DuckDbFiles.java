package jp.renkei.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Real DuckDB, opened as an analyst would: a published file read-only, or an in-memory one for Parquet. */
public final class DuckDbFiles {

    private DuckDbFiles() {
    }

    /** Every row of {@code sql} on {@code file} opened read-only, each cell as {@link ResultSet#getString}. */
    public static List<List<String>> query(Path file, String sql) {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p)) {
            return rows(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Every row of {@code sql} on an in-memory database (for read_parquet). */
    public static List<List<String>> query(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            return rows(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Every table of the file but Spring Batch's, in any schema, each as its sorted rows: for "nothing changed" checks. */
    public static List<String> contentOf(Path file) {
        List<String> content = new ArrayList<>();
        for (List<String> t : query(file, "SELECT table_name, schema_name FROM duckdb_tables()"
                + " WHERE table_name NOT ILIKE 'batch\\_%' ESCAPE '\\' ORDER BY 1")) {
            content.add("## " + t.get(0));
            query(file, "SELECT * FROM " + t.get(1) + "." + t.get(0) + " ORDER BY ALL").forEach(r -> content.add(String.join("\t",
                    r.stream().map(String::valueOf).toList())));
        }
        return content;
    }
}
