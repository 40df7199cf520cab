package jp.renkei.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.renkei.config.SqlFiles;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Brings the working database to the schema of {@code sql/migration/} at every start, through Flyway: the
 * versioned migrations not yet applied ({@code V<n>__…}), then the repeatable ones whose file changed
 * ({@code R__…}, the views), all in one transaction, so that a failed migration leaves the warehouse as it was.
 *
 * <p>A warehouse made before renkei used migrations has no {@code flyway_schema_history}: it is baselined at version 0
 * and V1 runs on it too. V1 is the schema of that last release written idempotently ({@code IF NOT EXISTS}), so on
 * such a warehouse it changes nothing and the later migrations upgrade it like any other.
 *
 * <p>Spring Batch's job repository lives in the same file (its PostgreSQL DDL runs on DuckDB), so that a chunk's
 * rows and the batch metadata that records them commit in one transaction. It is Spring Batch's schema, not
 * renkei's: made from Spring Batch's own script when missing, never by a migration.
 */
@Component
public class WarehouseSchema implements InitializingBean {

    static final String LOCATION = "sql/migration";
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
        try {
            flyway(dataSource).migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("cannot bring the warehouse schema up to date: " + e.getMessage(), e);
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ViewColumnDocs.apply(c, ViewColumnDocs.declared(schemaScripts()));
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

    /** renkei's Flyway, on the warehouse's {@code main} schema. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .defaultSchema("main")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("warehouse made before migrations")
                .group(true)
                .load();
    }

    /**
     * The migrations as plain SQL, in the order Flyway applies them to a new warehouse: versioned first, then
     * repeatable (jOOQ's code generator and the benchmark's floor build the same schema from them).
     */
    public static Resource[] schemaScripts() {
        Resource[] files = SqlFiles.in("migration");
        return Stream.concat(
                        Arrays.stream(files).filter(f -> f.getFilename().startsWith("V")),
                        Arrays.stream(files).filter(f -> f.getFilename().startsWith("R__")))
                .toArray(Resource[]::new);
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
