package jp.renkei.publish;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A DuckDB table with every type the Parquet writer maps, with NULLs, edge values and Japanese text. */
final class AllTypesFixture {

    static final String TABLE = "all_types";

    static final String DDL = """
            CREATE TABLE all_types (
                id       INTEGER,
                name     VARCHAR,
                big      BIGINT,
                ratio    DOUBLE,
                flag     BOOLEAN,
                day      DATE,
                seen_at  TIMESTAMP,
                price    DECIMAL(10,2),
                small    DECIMAL(4,1),
                huge     DECIMAL(38,10),
                tags     VARCHAR[]
            )""";

    static final String ROWS = """
            INSERT INTO all_types VALUES
              (1, '在宅医療・介護連携推進事業', 9007199254740993, 427.8, true, DATE '2024-04-01',
               TIMESTAMP '2024-04-01 09:30:15.123456', 12345678.90, 999.9,
               -1234567890123456789012345678.0123456789, ['訪問看護', NULL, 'ケアマネジャー']),
              (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
              (3, '', -9223372036854775808, -0.1, false, DATE '1969-12-31',
               TIMESTAMP '1900-01-01 00:00:00', -0.01, -999.9, 0, []),
              (4, 'tab\tand\nnewline', 2147483648, 1e300, true, DATE '2099-12-31',
               TIMESTAMP '2099-12-31 23:59:59.999999', 0, 0.5,
               9999999999999999999999999999.9999999999, [NULL])
            """;

    static final String SELECT = "SELECT * FROM all_types ORDER BY id";

    private AllTypesFixture() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(DDL);
            statement.execute(ROWS);
        }
    }

    /** All rows of a query, each cell as JDBC's getObject gives it. */
    static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof java.sql.Array array) {
                        value = java.util.Arrays.asList((Object[]) array.getArray());
                    } else if (value instanceof java.sql.Timestamp ts) {
                        value = ts.toLocalDateTime();
                    }
                    row.add(value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
