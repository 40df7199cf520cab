package jp.renkei.bench;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import jp.renkei.config.RenkeiProperties;
import picocli.CommandLine.Option;

/** DuckDB's memory limit and threads, the same options in every benchmark child (a picocli mixin). */
public class DuckDbOptions {

    @Option(names = "--memory-limit", defaultValue = RenkeiProperties.DEFAULT_DUCKDB_MEMORY_LIMIT)
    String memoryLimit;

    @Option(names = "--threads", defaultValue = "2")
    int threads;

    /** Sets both on a connection's database. */
    void apply(Statement statement) throws SQLException {
        statement.execute("SET memory_limit = '" + memoryLimit.replace("'", "''") + "'");
        statement.execute("SET threads = " + threads);
    }

    /** Both, for a child's result file. */
    void report(Map<String, Object> result) {
        result.put("memoryLimit", memoryLimit);
        result.put("threads", threads);
    }
}
