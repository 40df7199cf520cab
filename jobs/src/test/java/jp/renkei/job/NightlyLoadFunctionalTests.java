package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.input.InputInventory;
import jp.renkei.testsupport.DuckDbFiles;
import jp.renkei.testsupport.LegacyDuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs {@code nightlyLoad} on the embedded default input (the Gyoda sample) and checks the seed report's
 * tables cell by cell, in the published warehouse and in the Parquet snapshot.
 */
@SpringBootTest(classes = RenkeiApplication.class)
@SpringBatchTest
class NightlyLoadFunctionalTests {

    static final Path INPUT = Path.of("input");
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path output;

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("renkei.output", () -> output.toString());
        registry.add("renkei.input", () -> INPUT.toString());
    }

    @Autowired
    JobOperatorTestUtils jobs;

    /** 退院・退所加算 and 入院時情報連携加算 of the report, as printed (回/人（人口10万対）). */
    static final String SEED = """
            δ1-c.退院退所加算     | 行田市 | 427.8 | 573.5 | 542.4 | 516.0 | 537
            δ1-c.退院退所加算     | 埼玉県 | 105.3 | 194.5 | 198.3 | 96.9  | 204.6
            δ1-c.入院時情報連携加算 | 行田市 | 158.4 | 111.8 | 168   | 107.2 | 161.4
            δ1-c.入院時情報連携加算 | 埼玉県 | 74.8  | 51.8  | 58.5  | 31.3  | 63.1
            """;
    static final List<String> SEED_PERIODS = List.of("H29年", "H30年", "R1年", "R2年", "R3年");

    /** The load the tests that only read the output share; a forced load of the same input publishes the same files. */
    static JobExecution loaded;

    JobExecution loadOnce() throws Exception {
        if (loaded == null) {
            loaded = jobs.startJob(NightlyLoad.params(INPUT, RUN_DATE, InputInventory.scan(INPUT).fingerprint(), true));
        }
        return loaded;
    }

    @Test
    void reproducesTheSeedReportInTheWarehouseAndTheSnapshot() throws Exception {
        assertThat(loadOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path warehouse = output.resolve("warehouse.duckdb");
        String parquet = "read_parquet('" + output.resolve("parquet/indicator_values/*/*.parquet")
                + "', hive_partitioning = true)";
        String select = "SELECT published_text, published_value, unit, base, rate_per_100k, value_status FROM %s "
                + "WHERE indicator_id = '%s' AND region_name = '%s' AND period_label = '%s'";
        for (String line : SEED.strip().split("\n")) {
            String[] cells = line.split("\\|");
            String indicator = cells[0].strip();
            String region = cells[1].strip();
            for (int i = 0; i < SEED_PERIODS.size(); i++) {
                String published = cells[i + 2].strip();
                String period = SEED_PERIODS.get(i);
                for (List<List<String>> rows : List.of(
                        DuckDbFiles.query(warehouse, select.formatted("v_indicator_values", indicator, region, period)),
                        DuckDbFiles.query(select.formatted(parquet, indicator, region, period)))) {
                    assertThat(rows).as("%s %s %s", indicator, region, period).hasSize(1);
                    List<String> row = rows.get(0);
                    assertThat(row.get(0)).as("published text").isEqualTo(published);
                    assertThat(new BigDecimal(row.get(1))).as("published value").isEqualByComparingTo(published);
                    assertThat(row.get(2)).isEqualTo(indicator.endsWith("退院退所加算") ? "回（人口10万対）" : "人（人口10万対）");
                    assertThat(row.get(3)).isEqualTo("総人口");
                    // already per 100,000 of total population: the rate is the published number, exactly
                    assertThat(new BigDecimal(row.get(4))).isEqualByComparingTo(published);
                    assertThat(row.get(5)).isEqualTo(period.equals("R2年") ? "ok" : "no_denominator");
                }
            }
        }
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT period_label, published_text, scenes::VARCHAR FROM v_indicator_values
                WHERE indicator_id = 'δ1-c.在宅死亡者数自宅' AND region_code = '112062' ORDER BY period_key"""))
                .containsExactly(List.of("H30年", "92", "[看取り]"), List.of("R1年", "115", "[看取り]"));

        // the census denominator of 2020, and the numerator estimated from the rate: 516.0 × 78,617 ÷ 100,000
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT denominator, denominator_as_of, numerator, numerator_estimated FROM v_indicator_values
                WHERE indicator_id = 'δ1-c.退院退所加算' AND region_code = '112062' AND period_label = 'R2年'"""))
                .containsExactly(List.of("78617", "2020-10-01", "405.66372", "true"));

        assertThat(DuckDbFiles.query(warehouse, """
                SELECT region_name, prefecture_name, region_value, prefecture_value, round(ratio_to_prefecture, 4)
                FROM v_region_comparison WHERE indicator_id = 'δ1-c.退院退所加算' AND period_label = 'H29年'"""))
                .containsExactly(List.of("行田市", "埼玉県", "427.8", "105.3", "4.0627"));

        assertThat(DuckDbFiles.query(warehouse, """
                SELECT item, period_label, activity_value::VARCHAR, unit FROM v_activities
                WHERE item NOT LIKE '多職種研修%' ORDER BY as_of_date, item"""))
                .containsExactly(
                        List.of("MCS 利用医師数", "令和5年5月現在", "3.0", "名"),
                        List.of("MCS 利用患者数", "令和5年5月現在", "13.0", "名"),
                        List.of("わたしの人生ファイル配布数", "令和5年9月末", "618.0", "部"),
                        List.of("広報誌「行田人」発行号数", "令和5年10月現在", "16.0", "号"));
        assertThat(DuckDbFiles.query(warehouse,
                "SELECT count(*), sum(activity_value)::INT FROM v_activities WHERE item = '多職種研修 開催'"))
                .containsExactly(List.of("3", "3"));

        assertThat(DuckDbFiles.query(warehouse, """
                SELECT (SELECT count(*) FROM fct_indicator_value), (SELECT count(*) FROM fct_population),
                       (SELECT count(*) FROM fct_activity), (SELECT count(*) FROM dim_region WHERE region_level <> 'district'),
                       (SELECT count(*) FROM load_reject),
                       (SELECT count(*) FROM duckdb_tables() WHERE table_name ILIKE 'batch%')"""))
                .containsExactly(List.of("32", "6", "7", "3", "0", "0"));
        // the 偏差値 series beside the seed's 退院・退所加算 is an index: kept as published, never a rate
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT count(*), min(published_value)::VARCHAR, max(published_value)::VARCHAR, string_agg(DISTINCT value_kind, ','),
                       string_agg(DISTINCT value_status, ','), count(base), count(rate_per_100k), count(denominator)
                FROM v_indicator_values WHERE indicator_id = 'δ1-c.退院退所加算偏差値'"""))
                .containsExactly(List.of("10", "44.8", "80.3", "index", "not_normalised_index", "0", "0", "0"));
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT value_kind, count(*) FROM v_indicator_values GROUP BY ALL ORDER BY 1"""))
                .containsExactly(List.of("index", "10"), List.of("rate", "22"));
        // the real shapes: a graph sheet first and column A empty (.xlsx), a leading empty field (CSV), an empty export
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT regexp_replace(relative_path, '.*/', ''), encoding, layout, exported_on::VARCHAR FROM dim_source_file
                WHERE source_kind = 'indicators' ORDER BY relative_path"""))
                .containsExactly(
                        List.of("D21_定期巡回・随時対応型訪問介護看護利用者数_時系列.xlsx", "xlsx", "時系列", "2023-09-01"),
                        List.of("δ1-c_医療介護連携_時系列 (2).csv", "windows-31j", "時系列", "2023-09-01"),
                        List.of("δ1-c_医療介護連携_時系列 (3).csv", "UTF-8 with BOM", "時系列", "2023-09-01"),
                        List.of("δ1-c_医療介護連携_時系列.xlsx", "xlsx", "時系列", "2023-09-01"));
        assertThat(DuckDbFiles.query(warehouse, "SELECT population FROM v_population WHERE region_code = '112062' ORDER BY base"))
                .containsExactly(List.of("25010"), List.of("78617"));

        assertThat(DuckDbFiles.query("SELECT count(*), min(snapshot_date)::VARCHAR FROM " + parquet))
                .containsExactly(List.of("32", "2026-11-24"));
        assertThat(output.resolve("parquet/_SUCCESS")).exists();
        assertThat(Files.readString(output.resolve("parquet/_manifest.json"))).contains("\"indicator_values\"")
                .contains(InputInventory.scan(INPUT).files().get(0).sha256());
    }

    @Test
    void publishesTheSurveyTablesSuppressedAndWithoutRespondentsOrFreeText() throws Exception {
        loadOnce();
        Path warehouse = output.resolve("warehouse.duckdb");
        String results = "read_parquet('" + output.resolve("parquet/survey_results/*/*.parquet") + "')";
        assertThat(DuckDbFiles.query("SELECT string_agg(column_name, ',' ORDER BY column_name) FROM (DESCRIBE SELECT * FROM " + results + ")"))
                .containsExactly(List.of("n_scope,n_selected,option_code,option_label,pct,question_id,question_text,segment,"
                        + "snapshot_date,suppressed,survey_id")); // snapshot_date: the Hive partition
        // the same published table in both places, 全体 of Q10(2) with its n including 無回答
        String q10 = " WHERE question_id = 'Q10_2' AND segment = '全体' AND option_code = '1'";
        assertThat(DuckDbFiles.query(warehouse, "SELECT n_scope, n_selected, pct::VARCHAR FROM v_survey_results" + q10))
                .isEqualTo(DuckDbFiles.query("SELECT n_scope, n_selected, pct::VARCHAR FROM " + results + q10))
                .hasSize(1);
        // no published band cell counted from fewer than 5 respondents shows its count; 全体 is published in full
        assertThat(DuckDbFiles.query("SELECT count(*) FROM " + results + " WHERE segment <> '全体' AND (n_selected BETWEEN 1 AND 4 "
                + "OR n_scope BETWEEN 1 AND 4)")).containsExactly(List.of("0"));
        assertThat(DuckDbFiles.query("SELECT count(*) FROM " + results + " WHERE segment = '全体' AND suppressed"))
                .containsExactly(List.of("0"));
        // numeric questions have their own published table (the sample has none: an empty one, with its columns)
        assertThat(DuckDbFiles.query(warehouse, "SELECT count(*) FROM v_survey_numeric")).containsExactly(List.of("0"));
        // 地区 conform with the region dimension: under 行田市, and every respondent in one (or in the city)
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT count(*), count(DISTINCT parent_code), min(parent_code) FROM dim_region WHERE region_level = 'district'"""))
                .containsExactly(List.of("12", "1", "112062")); // the codebook's 12 地区
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT count(*) FROM dim_survey_respondent r LEFT JOIN dim_region g ON g.region_code = r.region_code
                WHERE g.region_code IS NULL OR (g.region_level = 'district') <> (r.district <> '無回答')"""))
                .containsExactly(List.of("0"));
        // respondents only as 64-hex pseudonyms; free text never leaves the DuckDB file
        assertThat(DuckDbFiles.query(warehouse, "SELECT count(*) FROM dim_survey_respondent WHERE NOT regexp_full_match(respondent_key, '[0-9a-f]{64}')"))
                .containsExactly(List.of("0"));
        assertThat(Files.readString(output.resolve("parquet/_manifest.json"))).doesNotContain("free_text").doesNotContain("respondent");
    }

    @Test
    void everyTableAndColumnHasAComment() throws Exception {
        loadOnce();
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"), """
                SELECT table_name || '.' || column_name FROM duckdb_columns()
                WHERE (comment IS NULL OR comment = '') AND NOT internal AND schema_name = 'main' AND table_name NOT ILIKE 'batch%'""")).isEmpty();
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"), """
                SELECT table_name FROM duckdb_tables() WHERE comment IS NULL
                UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND comment IS NULL""")).isEmpty();
    }

    @Test
    void loadingTheSameInputTwiceLeavesTheWarehouseAsAfterOneLoad() throws Exception {
        String fingerprint = InputInventory.scan(INPUT).fingerprint();
        assertThat(jobs.startJob(NightlyLoad.params(INPUT, RUN_DATE, fingerprint, true)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> once = DuckDbFiles.contentOf(output.resolve("warehouse.duckdb"));
        assertThat(jobs.startJob(NightlyLoad.params(INPUT, RUN_DATE, fingerprint, true)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(DuckDbFiles.contentOf(output.resolve("warehouse.duckdb"))).isEqualTo(once);
        assertThat(once).contains("## fct_indicator_value").hasSizeGreaterThan(40);
    }

    @Test
    void thePublishedFileOpensInDuckDb14() throws Exception {
        loadOnce();
        List<List<String>> rows = LegacyDuckDb.query(output.resolve("warehouse.duckdb"), """
                SELECT version(), published_value, scenes FROM v_indicator_values
                WHERE indicator_id = 'δ1-c.退院退所加算' AND region_code = '112062' AND period_label = 'H29年'""");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).startsWith("v1.4");
        assertThat(rows.get(0).get(1)).isEqualTo("427.8");
        assertThat(rows.get(0).get(2)).isEqualTo("[入退院支援]");
    }
}
