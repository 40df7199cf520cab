package jp.renkei.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourceFingerprintTest {

    private static final String QUERY = "SELECT * FROM v_area ORDER BY code";

    private Connection duckdb;

    @BeforeEach
    void open() throws Exception {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        execute("CREATE TABLE area (code VARCHAR, prefecture VARCHAR, population INTEGER)");
        execute("CREATE TABLE prefecture (code VARCHAR, name VARCHAR)");
        execute("CREATE TABLE unrelated (x INTEGER)");
        execute("INSERT INTO area VALUES ('112062', '11', 78617), ('112071', '11', 65000)");
        execute("INSERT INTO prefecture VALUES ('11', '埼玉県')");
        execute("CREATE VIEW v_area AS SELECT a.*, p.name AS prefecture_name FROM area a JOIN prefecture p ON p.code = a.prefecture");
    }

    @AfterEach
    void close() throws Exception {
        duckdb.close();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void theTablesAQueryReadsComeFromDuckDbsOwnPlan() throws Exception {
        assertThat(SourceFingerprint.scannedTables(duckdb, QUERY))
                .containsExactly("\"memory\".\"main\".\"area\"", "\"memory\".\"main\".\"prefecture\"");
    }

    @Test
    void theFingerprintChangesWithWhatTheRowsAreComputedFromAndOnlyWithThat() throws Exception {
        String first = new SourceFingerprint(duckdb).of(QUERY);
        assertThat(first).hasSize(64).isEqualTo(new SourceFingerprint(duckdb).of(QUERY));

        execute("INSERT INTO unrelated VALUES (1)");
        assertThat(new SourceFingerprint(duckdb).of(QUERY)).as("a table the query does not read").isEqualTo(first);

        execute("UPDATE prefecture SET name = 'さいたま' WHERE code = '11'");
        String renamed = new SourceFingerprint(duckdb).of(QUERY);
        assertThat(renamed).as("a joined table's row").isNotEqualTo(first);

        execute("CREATE OR REPLACE VIEW v_area AS SELECT a.*, upper(p.name) AS prefecture_name FROM area a "
                + "JOIN prefecture p ON p.code = a.prefecture");
        assertThat(new SourceFingerprint(duckdb).of(QUERY)).as("a view's definition").isNotEqualTo(renamed);
        assertThat(new SourceFingerprint(duckdb).of("SELECT code FROM v_area")).as("the query").isNotEqualTo(renamed);
    }
}
