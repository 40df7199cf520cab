package jp.renkei.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyDuckDbTest {

    @TempDir
    Path dir;

    private Path fileWith(String sql) throws Exception {
        Path file = dir.resolve("t.duckdb");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement()) {
            statement.execute("ATTACH '" + file + "' AS f (STORAGE_VERSION 'v1.4.0')");
            statement.execute("USE f");
            statement.execute(sql);
            statement.execute("USE memory");
            statement.execute("DETACH f");
        }
        return file;
    }

    @Test
    void cellsSurviveTheTripThroughTheChildJvm() throws Exception {
        Path file = fileWith("CREATE TABLE t AS SELECT * FROM (VALUES (1, 'a\tb\nc\\\\d', NULL), (2, '\\N', '介護')) v(i, s, n)");

        assertThat(LegacyDuckDb.query(file, "SELECT i, s, n FROM t ORDER BY i")).containsExactly(
                Arrays.asList("1", "a\tb\nc\\\\d", null), Arrays.asList("2", "\\N", "介護"));
        assertThat(LegacyDuckDb.query(file, "SELECT library_version FROM pragma_version()").getFirst().getFirst())
                .startsWith("v1.4");
    }

    @Test
    void aFailingQueryThrowsWithTheDriversMessage() throws Exception {
        Path file = fileWith("CREATE TABLE t (i INTEGER)");

        assertThatThrownBy(() -> LegacyDuckDb.query(file, "SELECT * FROM missing"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
        assertThat(LegacyDuckDb.query(file, "SELECT * FROM t")).isEqualTo(List.of());
    }
}
