package jp.renkei.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Main class of the child JVM that {@link LegacyDuckDb} starts with the DuckDB 1.4 driver. Uses only
 * java.sql, so that it runs against whatever driver jar is on its class path.
 *
 * <p>Arguments: database file, SQL. Prints one line per row, cells tab-separated, escaped (backslash,
 * tab, newline, carriage return as \\ \t \n \r; SQL NULL as \N). Exit 1 with the error on failure.
 */
public final class LegacyDuckDbProbe {

    private LegacyDuckDbProbe() {
    }

    public static void main(String[] args) {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        StringBuilder out = new StringBuilder();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], properties);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(args[1])) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        out.append('\t');
                    }
                    String value = rs.getString(i);
                    out.append(value == null ? "\\N" : escape(value));
                }
                out.append('\n');
            }
        } catch (Exception e) {
            System.err.println(e);
            System.exit(1);
        }
        System.out.print(out);
        System.out.flush();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
