package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.renkei.cli.RenkeiCommand;
import jp.renkei.generate.GeneratorManifest;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.input.InputInventory;
import jp.renkei.job.NightlyLoad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The floor is only a fair yardstick if it does renkei's work: on the generator's small case it must fill
 * renkei's own tables with the same values renkei's load puts there (periods, units, bases, denominators and
 * rates, cell by cell), and write the same snapshot tables with the same row counts.
 */
class FloorRunTest {

    /* 30 municipalities × 5 indicators × 2 series × 20 years, so every period form (2005, H17, H17年度, 平成17年度,
       R元年度, R6（R7/2月…）); 2 exports as xlsx; a survey of 300 × 40 */
    static final GeneratorSettings SMALL = new GeneratorSettings(4, 30, 5, 20, 0.4, 2, 300, 40);

    @TempDir
    static Path tmp;

    static GeneratorManifest m;
    static Path warehouse;
    static Path floorDb;
    static JsonNode result;

    @BeforeAll
    static void loadBothWays() throws Exception {
        Path input = tmp.resolve("input");
        m = new InputGenerator(SMALL, s -> { }).generate(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = NightlyLoad.run(input, tmp.resolve("renkei"), LocalDate.of(2026, 11, 24),
                InputInventory.scan(input).fingerprint(), false, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        warehouse = tmp.resolve("renkei").resolve("warehouse.duckdb");

        Path work = tmp.resolve("floor");
        assertThat(RenkeiCommand.commandLine().execute("bench", "floor", "--input", input.toString(), "--work",
                work.toString(), "--result", work.resolve("result.json").toString(), "--threads", "1")).isZero();
        floorDb = work.resolve("floor.duckdb");
        result = Json.read(work.resolve("result.json"));
    }

    @Test
    void everyGeneratedValueArrivesOnceWithRenkeisPeriodUnitBaseDenominatorAndRate() throws Exception {
        assertThat(result.path("cellRows").asLong()).isEqualTo(m.indicatorValues());
        assertThat(result.path("indicatorRows").asLong()).isEqualTo(m.indicatorValues());
        List<String> differences = compare("""
                SELECT count(*) AS matched,
                       count(*) FILTER (WHERE r.period_key IS DISTINCT FROM f.period_key) AS period_key,
                       count(*) FILTER (WHERE r.published_value IS DISTINCT FROM f.published_value) AS published_value,
                       count(*) FILTER (WHERE r.value_kind IS DISTINCT FROM f.value_kind) AS value_kind,
                       count(*) FILTER (WHERE r.base IS DISTINCT FROM f.base) AS base,
                       count(*) FILTER (WHERE r.multiplier IS DISTINCT FROM f.multiplier) AS multiplier,
                       count(*) FILTER (WHERE r.denominator IS DISTINCT FROM f.denominator) AS denominator,
                       count(*) FILTER (WHERE r.total_population IS DISTINCT FROM f.total_population) AS total_population,
                       count(*) FILTER (WHERE r.value_status IS DISTINCT FROM f.value_status) AS value_status,
                       count(*) FILTER (WHERE (r.rate_per_100k IS NULL) <> (f.rate_per_100k IS NULL)
                                           OR abs(r.rate_per_100k - f.rate_per_100k) > 1e-9 * abs(r.rate_per_100k)) AS rate,
                       count(*) FILTER (WHERE (r.numerator IS NULL) <> (f.numerator IS NULL)
                                           OR abs(r.numerator - f.numerator) > 1e-9 * abs(r.numerator)) AS numerator
                FROM renkei.fct_indicator_value r
                JOIN fct_indicator_value f USING (indicator_id, region_code, period_label)""");
        assertThat(differences).containsExactly("matched=" + m.indicatorValues(), "period_key=0", "published_value=0",
                "value_kind=0", "base=0", "multiplier=0", "denominator=0", "total_population=0", "value_status=0",
                "rate=0", "numerator=0");
        assertThat(compare("SELECT count(*) AS periods_not_in_renkei FROM (SELECT * FROM dim_period "
                + "EXCEPT SELECT * FROM renkei.dim_period)")).containsExactly("periods_not_in_renkei=0");
    }

    @Test
    void theSnapshotsBigTablesHaveRenkeisRowCounts() throws Exception {
        JsonNode rows = result.path("snapshotRows");
        assertThat(rows.path("indicator_values").asLong()).isEqualTo(m.indicatorValues());
        assertThat(compare("SELECT count(*) AS region_comparison FROM renkei.v_region_comparison"))
                .containsExactly("region_comparison=" + rows.path("region_comparison").asLong());
        assertThat(rows.path("regions").asLong()).isEqualTo(m.regions());
        assertThat(rows.path("survey_results").asLong()).isPositive();
        assertThat(result.path("surveyAnswerRows").asLong()).isPositive();
    }

    /** One row of {@code sql} on the floor's database with renkei's attached as {@code renkei}, as name=value. */
    private static List<String> compare(String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + floorDb.toAbsolutePath(), readOnly);
             Statement s = c.createStatement()) {
            s.execute("ATTACH '" + warehouse.toAbsolutePath() + "' AS renkei (READ_ONLY)");
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(rs.getMetaData().getColumnLabel(i) + "=" + rs.getString(i));
                }
                return cells;
            }
        }
    }
}
