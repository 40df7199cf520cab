package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.input.InputInventory;
import jp.renkei.job.NightlyLoad;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small case through the real load: every generated value arrives, none twice, none rejected, and
 * every rate finds its denominator (the population covers every region, year and base).
 */
class GeneratedInputLoadTest {

    /* 30 municipalities × 5 indicators × 2 series × 5 years (FY2020–2024, so a 2020 census table too), 2 as xlsx */
    static final GeneratorSettings SMALL = new GeneratorSettings(3, 30, 5, 5, 0.4, 2);

    @TempDir
    Path tmp;

    @Test
    void theRealLoadArrivesAtTheGeneratorsOwnCounts() throws Exception {
        Path input = tmp.resolve("input");
        Path output = tmp.resolve("output");
        GeneratorManifest m = new InputGenerator(SMALL, s -> { }).generate(input);
        assertThat(m.indicatorFilesXlsx()).isEqualTo(2);
        assertThat(m.missingValues()).as("the seed gives some missing values").isPositive();
        assertThat(m.censusFigures()).isPositive();
        assertThat(input.resolve(GeneratorManifest.FILE)).exists();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = NightlyLoad.run(input, output, LocalDate.of(2026, 11, 24), InputInventory.scan(input).fingerprint(),
                false, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)).isZero();

        Path warehouse = output.resolve("warehouse.duckdb");
        assertThat(one(warehouse, "SELECT count(*) FROM load_reject")).isEqualTo("0");
        assertThat(one(warehouse, "SELECT count(*) FROM fct_indicator_value")).isEqualTo(Long.toString(m.indicatorValues()));
        assertThat(one(warehouse, "SELECT count(*) FROM fct_indicator_value WHERE value_status = 'missing'"))
                .isEqualTo(Long.toString(m.missingValues()));
        assertThat(one(warehouse, "SELECT count(*) FROM fct_indicator_value WHERE value_status = 'missing' "
                + "AND published_text IN ('-', '－') AND published_value IS NULL")).isEqualTo(Long.toString(m.missingValues()));
        // every value that is there found its denominator: no no_denominator, no no_base
        assertThat(DuckDbFiles.query(warehouse,
                "SELECT value_status, count(*) FROM fct_indicator_value GROUP BY ALL ORDER BY ALL"))
                .extracting(r -> r.get(0)).containsExactly("missing", "ok");
        assertThat(one(warehouse, "SELECT count(*) FROM fct_population")).isEqualTo(Long.toString(m.populationFigures()));
        assertThat(one(warehouse, "SELECT count(*) FROM fct_population WHERE statistic = '国勢調査'"))
                .isEqualTo(Long.toString(m.censusFigures()));
        assertThat(one(warehouse, "SELECT count(*) FROM dim_region")).isEqualTo(Integer.toString(m.regions()));
        assertThat(one(warehouse, "SELECT count(*) FROM dim_indicator")).isEqualTo(Integer.toString(m.catalogueSeries()));
        assertThat(one(warehouse, "SELECT count(*) FROM fct_activity")).isEqualTo(Integer.toString(m.activityRecords()));
        // one value per indicator series, region and year: the fact key cannot hide a duplicate, so count them
        assertThat(one(warehouse, "SELECT count(DISTINCT (indicator_id, region_code, period_key)) FROM fct_indicator_value"))
                .isEqualTo(Long.toString((long) m.catalogueSeries() * m.regions() * SMALL.years()));
        assertThat(Files.exists(output.resolve("rejects"))
                ? Files.list(output.resolve("rejects")).toList() : List.of()).isEmpty();
    }

    private static String one(Path warehouse, String sql) {
        return DuckDbFiles.query(warehouse, sql).getFirst().getFirst();
    }
}
