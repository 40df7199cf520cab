package jp.renkei.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tables whose PRIMARY KEY a later schema dropped, rebuilt without it in warehouses made before. DuckDB cannot
 * drop a key constraint, and {@code CREATE TABLE IF NOT EXISTS} leaves the old table as it is: so a keyed table
 * is set aside under another name before the DDL runs, made again by the DDL, filled from the old one by column
 * name, and the old one dropped, all in the caller's transaction.
 *
 * <p>Why the keys went: DuckDB holds a key index wholly in memory and builds it again when the publish step copies
 * the warehouse, so tables that grow with the input (7 M indicator values, 400,000 respondents) ran the copy out
 * of memory. Their uniqueness is proven by {@link DataChecks} instead.
 */
final class DroppedPrimaryKeys {

    /** In the order their keys were dropped. */
    static final List<String> TABLES = List.of("fct_indicator_value", "dim_survey_respondent",
            "dim_survey_respondent_band", "fct_survey_free_text");
    private static final String ASIDE = "__keyed";
    private static final Logger log = LoggerFactory.getLogger(DroppedPrimaryKeys.class);

    private DroppedPrimaryKeys() {
    }

    /** Renames every table of {@link #TABLES} that still has its key; returns their names, to {@link #refill}. */
    static List<String> setAside(Connection c) throws SQLException {
        List<String> keyed = new ArrayList<>();
        for (String table : TABLES) {
            if (hasPrimaryKey(c, table)) {
                execute(c, "ALTER TABLE " + table + " RENAME TO " + table + ASIDE);
                keyed.add(table);
            }
        }
        return keyed;
    }

    /** Moves the rows of the tables {@link #setAside} renamed into the ones the DDL made, and drops the old ones. */
    static void refill(Connection c, List<String> keyed) throws SQLException {
        for (String table : keyed) {
            try (Statement s = c.createStatement()) {
                int rows = s.executeUpdate("INSERT INTO " + table + " BY NAME SELECT * FROM " + table + ASIDE);
                s.execute("DROP TABLE " + table + ASIDE);
                log.info("Schema: {} rebuilt without its primary key ({} rows kept)", table, rows);
            }
        }
    }

    private static boolean hasPrimaryKey(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM duckdb_constraints()
                WHERE database_name = current_database() AND schema_name = current_schema()
                  AND table_name = ? AND constraint_type = 'PRIMARY KEY'""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
