package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import jp.renkei.config.RenkeiProperties;
import picocli.CommandLine.Option;

/**
 * What every benchmark child takes (a picocli mixin): its work folder, where its result goes, and DuckDB's
 * memory limit and threads, which the parent sets alike for all contenders.
 */
public class ChildOptions {

    @Option(names = "--work", required = true)
    Path work;

    @Option(names = "--result", required = true)
    Path result;

    @Option(names = "--memory-limit", defaultValue = RenkeiProperties.DEFAULT_DUCKDB_MEMORY_LIMIT)
    String memoryLimit;

    @Option(names = "--threads", defaultValue = "2")
    int threads;

    /** Where DuckDB spills: a read-only database spills nowhere unless told. */
    Path duckdbTemp() throws IOException {
        return Files.createDirectories(work.resolve("duckdb-tmp")).toAbsolutePath();
    }

    /** Sets memory limit, threads and temp directory on a connection's database. */
    void apply(Statement statement) throws SQLException, IOException {
        statement.execute("SET memory_limit = '" + memoryLimit.replace("'", "''") + "'");
        statement.execute("SET threads = " + threads);
        statement.execute("SET temp_directory = '" + duckdbTemp().toString().replace("'", "''") + "'");
    }

    /** Writes the child's figures, with the DuckDB settings they were measured under, for the parent. */
    void writeResult(Map<String, Object> figures) throws IOException {
        figures.put("memoryLimit", memoryLimit);
        figures.put("threads", threads);
        Files.writeString(result, Json.write(figures));
    }
}
