package jp.renkei.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A column's meaning is written once: every view column is commented, and none says other than its table. */
class ViewColumnDocsTest {

    @TempDir
    Path tmp;

    @Test
    void everyViewColumnIsCommentedAndNoneContradictsTheTableItComesFrom() throws Exception {
        var declared = ViewColumnDocs.declared(WarehouseSchema.schemaScripts());
        assertThat(declared.keySet()).contains("v_indicator_values", "v_region_comparison", "v_population",
                "v_population_conflicts", "v_activities", "v_rejects");
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            new WarehouseSchema(ds).migrate(); // the second start re-creates the views: their comments come back
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThat(rows(s, """
                        SELECT c.table_name || '.' || c.column_name FROM duckdb_columns() c
                        JOIN duckdb_views() v ON v.view_name = c.table_name AND v.schema_name = c.schema_name
                        WHERE NOT v.internal AND c.schema_name = 'main' AND (c.comment IS NULL OR c.comment = '')"""))
                        .as("view columns without a comment").isEmpty();
                List<String> contradictions = new ArrayList<>();
                for (Map.Entry<String, List<String>> view : declared.entrySet()) {
                    String sources = String.join("', '", view.getValue());
                    // the first declared source that has the column is the one it comes from
                    contradictions.addAll(rows(s, """
                            SELECT v.table_name || '.' || v.column_name || ' <> ' || t.table_name
                            FROM duckdb_columns() v
                            JOIN duckdb_columns() t ON t.column_name = v.column_name AND t.table_name IN ('%s')
                            WHERE v.table_name = '%s' AND t.comment <> v.comment
                              AND list_position(['%s'], t.table_name) = (
                                  SELECT min(list_position(['%s'], t2.table_name)) FROM duckdb_columns() t2
                                  WHERE t2.column_name = v.column_name AND t2.table_name IN ('%s'))
                            """.formatted(sources, view.getKey(), sources, sources, sources)));
                }
                assertThat(contradictions).isEmpty();
                assertThat(rows(s, "SELECT comment FROM duckdb_columns() WHERE table_name = 'v_rejects' AND column_name = 'source_kind'"))
                        .containsExactly("reference, population, indicators, activities or surveys (the folder below the input folder).");
                assertThat(rows(s, "SELECT comment FROM duckdb_columns() WHERE table_name = 'v_population' AND column_name = 'region_level'"))
                        .singleElement().asString().contains("district");
            }
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
