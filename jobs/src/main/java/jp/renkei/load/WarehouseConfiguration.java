package jp.renkei.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import jp.renkei.config.RenkeiProperties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The working DuckDB database. One process holds it read-write; analysts never open it (they read the
 * published copy), so its lock never blocks them.
 */
@Configuration(proxyBeanMethods = false)
public class WarehouseConfiguration {

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(RenkeiProperties properties) {
        try {
            Files.createDirectories(properties.workingDatabase().getParent());
            Files.createDirectories(properties.output().resolve("work").resolve("duckdb-tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + properties.workingDatabase().getParent(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("warehouse");
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + properties.workingDatabase().toAbsolutePath());
        // DuckDB's memory lives outside the Java heap and defaults to 80 % of RAM: always set it.
        config.addDataSourceProperty("memory_limit", properties.duckdbMemoryLimit());
        config.addDataSourceProperty("threads", String.valueOf(properties.duckdbThreads()));
        config.addDataSourceProperty("temp_directory",
                properties.output().resolve("work").resolve("duckdb-tmp").toAbsolutePath().toString());
        // DuckDB's default (16 MB) checkpoints some sixty times while a national load stages 7 M values,
        // each rewriting the staging table's last row groups; a checkpoint per 256 MB of log is 40 % faster
        config.addDataSourceProperty("checkpoint_threshold", properties.duckdbCheckpointThreshold());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    @Bean
    public DSLContext dsl(DataSource dataSource) {
        // jOOQ joins the chunk's Spring transaction through the proxy.
        var configuration = new DefaultConfiguration()
                .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(dataSource)))
                .set(SQLDialect.DUCKDB);
        // main's tables are generated without a schema (rendered unqualified), internal's with theirs ("internal"."stg_…")
        configuration.settings().withExecuteLogging(false).withRenderCatalog(false);
        return DSL.using(configuration);
    }
}
