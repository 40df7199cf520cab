package jp.renkei.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Queries a DuckDB file with the DuckDB 1.4 JDBC driver, as an analyst's older client would.
 *
 * <p>The build copies that driver to {@code target/legacy-duckdb/} (maven-dependency-plugin), not onto
 * the test class path: two DuckDB native libraries in one JVM clash. So the query runs in a child JVM
 * ({@link LegacyDuckDbProbe}) that opens the file read-only.
 */
public final class LegacyDuckDb {

    private LegacyDuckDb() {
    }

    /** Rows of {@code sql} on {@code dbFile} as strings (SQL NULL as null); fails with the child's error. */
    public static List<List<String>> query(Path dbFile, String sql) {
        ChildJvm.Result result = ChildJvm.run(List.of(driverJar(), ChildJvm.locationOf(LegacyDuckDbProbe.class)),
                LegacyDuckDbProbe.class.getName(), List.of(dbFile.toAbsolutePath().toString(), sql));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("DuckDB 1.4 client failed (exit " + result.exitCode() + "): "
                    + result.stderr().strip());
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : result.stdout().split("\n", -1)) {
            if (!line.isEmpty()) {
                rows.add(parseLine(line));
            }
        }
        return rows;
    }

    /** The jar in target/legacy-duckdb, found beside target/test-classes. */
    static Path driverJar() {
        Path dir = ChildJvm.locationOf(LegacyDuckDb.class).getParent().resolve("legacy-duckdb");
        try (Stream<Path> jars = Files.list(dir)) {
            List<Path> found = jars.filter(p -> p.getFileName().toString().startsWith("duckdb_jdbc-")).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one duckdb_jdbc jar in " + dir + ", found " + found);
            }
            return found.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("no legacy DuckDB driver: run the build's process-test-resources phase", e);
        }
    }

    private static List<String> parseLine(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(cell.equals("\\N") ? null : unescape(cell));
        }
        return cells;
    }

    private static String unescape(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
