package jp.renkei.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import jp.renkei.config.SqlFiles;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Brings the working database to the schema in {@code sql/schema/} at every start. The DDL is ordered by
 * file name and idempotent ({@code IF NOT EXISTS}, {@code OR REPLACE}), so running it again is a no-op.
 * Spring Batch's job repository lives in the same file (its PostgreSQL DDL runs on DuckDB), so that a
 * chunk's rows and the batch metadata that records them commit in one transaction.
 */
@Component
public class WarehouseSchema implements InitializingBean {

    private static final String BATCH_DDL = "org/springframework/batch/core/schema-postgresql.sql";

    private final DataSource dataSource;

    public WarehouseSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    public void migrate() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // a table set aside and not refilled would lose its rows
            try {
                List<String> keyed = DroppedPrimaryKeys.setAside(c);
                Resource[] scripts = schemaScripts();
                for (Resource script : scripts) {
                    ScriptUtils.executeSqlScript(c, script);
                }
                DroppedPrimaryKeys.refill(c, keyed);
                copyFactCommentsToStaging(c);
                ViewColumnDocs.apply(c, ViewColumnDocs.declared(scripts));
                if (!tableExists(c, "batch_job_instance")) {
                    ScriptUtils.executeSqlScript(c, new ClassPathResource(BATCH_DDL));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bring the warehouse schema up to date: " + e.getMessage(), e);
        }
    }

    /** renkei's DDL, in the order it runs (the benchmark's floor builds the same schema from it). */
    public static Resource[] schemaScripts() {
        return SqlFiles.in("schema");
    }

    /** Staging tables are made AS SELECT from their facts; their columns mean the same, so say so once. */
    private static void copyFactCommentsToStaging(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            StringBuilder ddl = new StringBuilder();
            try (ResultSet rs = s.executeQuery("""
                    SELECT st.table_name, st.column_name, f.comment
                    FROM duckdb_columns() st
                    JOIN duckdb_columns() f
                      ON f.table_name = 'fct_' || substr(st.table_name, 5) AND f.column_name = st.column_name
                     AND f.database_name = st.database_name
                    WHERE st.table_name LIKE 'stg\\_%' ESCAPE '\\' AND st.database_name = current_database()
                      AND f.comment IS NOT NULL AND st.comment IS DISTINCT FROM f.comment""")) {
                while (rs.next()) {
                    ddl.append("COMMENT ON COLUMN ").append(rs.getString(1)).append('.').append(rs.getString(2))
                            .append(" IS '").append(rs.getString(3).replace("'", "''")).append("';\n");
                }
            }
            if (!ddl.isEmpty()) {
                s.execute(ddl.toString());
            }
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (var ps = c.prepareStatement(
                "SELECT count(*) FROM duckdb_tables() WHERE lower(table_name) = ? AND database_name = current_database()")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
