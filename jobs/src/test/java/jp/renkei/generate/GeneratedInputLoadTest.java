package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.input.InputInventory;
import jp.renkei.job.NightlyLoad;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small case through the real load: every generated value arrives, none twice, none rejected, and
 * every rate finds its denominator (the population covers every region, year and base); every survey answer
 * arrives once, with the status the generator gave it.
 */
class GeneratedInputLoadTest {

    /*
     * 30 municipalities × 5 indicators × 2 series × 5 years (FY2020–2024, so a 2020 census table too), 2 as xlsx;
     * a survey of 300 respondents × 40 questions
     */
    static final GeneratorSettings SMALL = new GeneratorSettings(3, 30, 5, 5, 0.4, 2, 300, 40);

    @TempDir
    static Path tmp;

    static GeneratorManifest m;
    static Path output;
    static Path warehouse;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        Path input = tmp.resolve("input");
        output = tmp.resolve("output");
        m = new InputGenerator(SMALL, s -> { }).generate(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = NightlyLoad.run(input, output, LocalDate.of(2026, 11, 24), InputInventory.scan(input).fingerprint(),
                false, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)).isZero();
        warehouse = output.resolve("warehouse.duckdb");
    }

    @Test
    void theRealLoadArrivesAtTheGeneratorsOwnCounts() throws Exception {
        assertThat(m.indicatorFilesXlsx()).isEqualTo(2);
        assertThat(m.missingValues()).as("the seed gives some missing values").isPositive();
        assertThat(m.censusFigures()).isPositive();
        assertThat(tmp.resolve("input").resolve(GeneratorManifest.FILE)).exists();

        assertThat(one("SELECT count(*) FROM load_reject")).isEqualTo("0");
        assertThat(one("SELECT count(*) FROM fct_indicator_value")).isEqualTo(Long.toString(m.indicatorValues()));
        assertThat(one("SELECT count(*) FROM fct_indicator_value WHERE value_status = 'missing'"))
                .isEqualTo(Long.toString(m.missingValues()));
        assertThat(one("SELECT count(*) FROM fct_indicator_value WHERE value_status = 'missing' "
                + "AND published_text IN ('-', '－') AND published_value IS NULL")).isEqualTo(Long.toString(m.missingValues()));
        // every value that is there found its denominator (no no_denominator, no no_base), but the 偏差値 series, an
        // index that is never normalised
        assertThat(DuckDbFiles.query(warehouse,
                "SELECT value_status, count(*) FROM fct_indicator_value GROUP BY ALL ORDER BY ALL"))
                .extracting(r -> r.get(0)).containsExactly("missing", "not_normalised_index", "ok");
        assertThat(m.indexValues()).isPositive();
        assertThat(one("SELECT count(*) FROM fct_indicator_value WHERE value_kind = 'index' AND rate_per_100k IS NULL "
                + "AND base IS NULL AND value_status = 'not_normalised_index'")).isEqualTo(Long.toString(m.indexValues()));
        assertThat(one("SELECT count(*) FROM fct_population")).isEqualTo(Long.toString(m.populationFigures()));
        assertThat(one("SELECT count(*) FROM fct_population WHERE statistic = '国勢調査'"))
                .isEqualTo(Long.toString(m.censusFigures()));
        // the survey's 地区 are regions too (level district), counted in the survey test
        assertThat(one("SELECT count(*) FROM dim_region WHERE region_level <> 'district'")).isEqualTo(Integer.toString(m.regions()));
        // the generated catalogue's series, all catalogued (renkei's default catalogue adds its own rows beside them)
        assertThat(one("SELECT count(DISTINCT indicator_id) FROM fct_indicator_value")).isEqualTo(Integer.toString(m.catalogueSeries()));
        assertThat(one("SELECT count(*) FROM v_indicator_values WHERE NOT catalogued")).isEqualTo("0");
        assertThat(one("SELECT count(*) FROM fct_activity")).isEqualTo(Integer.toString(m.activityRecords()));
        // one value per indicator series, region and year: the fact key cannot hide a duplicate, so count them
        assertThat(one("SELECT count(DISTINCT (indicator_id, region_code, period_key)) FROM fct_indicator_value"))
                .isEqualTo(Long.toString((long) m.catalogueSeries() * m.regions() * SMALL.years()));
        assertThat(Files.exists(output.resolve("rejects"))
                ? Files.list(output.resolve("rejects")).toList() : List.of()).isEmpty();
    }

    @Test
    void theExportsHaveTheRealShapes() throws Exception {
        try (var files = Files.list(tmp.resolve("input/indicators"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv")) {
                    // saved from a book whose column A is empty: every row after the 出力日 line starts with a comma
                    List<String> lines = Files.readAllLines(f, jp.renkei.input.TextDecoder.CP932);
                    assertThat(lines.getFirst()).startsWith("出力日：2025/07/31\u3000確認している地域：埼玉県行田市,");
                    assertThat(lines.subList(1, lines.size())).as(name).allMatch(l -> l.startsWith(","));
                } else {
                    try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(f.toFile())) {
                        assertThat(book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
                                .containsExactly("グラフ", "表形式（時系列）");
                    }
                }
            }
        }
        assertThat(DuckDbFiles.query(warehouse, "SELECT DISTINCT source_column FROM fct_indicator_value ORDER BY 1").getFirst())
                .containsExactly("E"); // the first period column, right of 地域, 指標, 単位 in B–D
    }

    @Test
    void everyGeneratedSurveyAnswerArrivesOnceWithItsStatus() {
        SurveyCounts s = m.survey();
        String survey = " survey_id = '" + s.surveyId() + "'";
        // the seed gives every case the reader has to tell apart
        assertThat(s.respondents()).isEqualTo(300);
        assertThat(s.perQuestion()).hasSize(40);
        assertThat(s.perQuestion().stream().mapToInt(SurveyCounts.Item::overSelected).sum()).as("over-selected").isPositive();
        assertThat(s.perQuestion().stream().mapToInt(SurveyCounts.Item::noAnswer).sum()).as("無回答").isPositive();
        assertThat(s.answers()).isEqualTo(s.perQuestion().stream().mapToLong(SurveyCounts.Item::nonBlank).sum());

        assertThat(DuckDbFiles.query(warehouse, "SELECT respondent_count, region_code FROM dim_survey WHERE" + survey))
                .containsExactly(List.of("300", s.regionCode()));
        assertThat(DuckDbFiles.query(warehouse, "SELECT count(*), count(DISTINCT respondent_key) FROM dim_survey_respondent WHERE" + survey))
                .containsExactly(List.of("300", "300"));
        assertThat(one("SELECT count(*) FROM dim_region WHERE region_level = 'district' AND parent_code = '" + s.regionCode() + "'"))
                .isEqualTo("12");

        // per question: every respondent once, with the generator's status, and the numbers' sum
        List<List<String>> expected = new ArrayList<>();
        for (SurveyCounts.Item q : s.perQuestion()) {
            expected.add(List.of(q.id(), "300", Integer.toString(q.answered()), Integer.toString(q.overSelected()),
                    Integer.toString(q.noAnswer()), Long.toString(q.numberSum())));
        }
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT question_id, count(DISTINCT respondent_key),
                       count(DISTINCT respondent_key) FILTER (WHERE answer_status = 'answered'),
                       count(DISTINCT respondent_key) FILTER (WHERE answer_status = 'over_selected'),
                       count(DISTINCT respondent_key) FILTER (WHERE answer_status = 'no_answer'),
                       coalesce(CAST(sum(numeric_value) AS BIGINT), 0)
                FROM fct_survey_answer JOIN dim_survey_question USING (survey_id, question_id)
                WHERE""" + survey + " GROUP BY question_id, question_order ORDER BY question_order"))
                .containsExactlyElementsOf(expected);

        // per option: every pick once (over-selected answers keep theirs), and no other row
        List<List<String>> picks = new ArrayList<>();
        for (SurveyCounts.Item q : s.perQuestion()) {
            for (int o = 0; o < q.picks().size(); o++) {
                if (q.picks().get(o) > 0) {
                    picks.add(List.of(q.id(), Integer.toString(o + 1), Integer.toString(q.picks().get(o))));
                }
            }
        }
        assertThat(DuckDbFiles.query(warehouse, "SELECT question_id, option_code, count(*) FROM fct_survey_answer WHERE"
                + survey + " AND option_code IS NOT NULL GROUP BY ALL")).containsExactlyInAnyOrderElementsOf(picks);
        assertThat(one("SELECT count(*) FROM (SELECT question_id, respondent_key, option_code FROM fct_survey_answer WHERE"
                + survey + " GROUP BY ALL HAVING count(*) > 1)")).as("answers loaded twice").isEqualTo("0");
        assertThat(one("SELECT count(*) FROM (SELECT question_id, respondent_key FROM fct_survey_answer WHERE" + survey
                + " GROUP BY ALL HAVING count(DISTINCT answer_status) <> 1)")).as("answers with two statuses").isEqualTo("0");

        List<List<String>> texts = s.perQuestion().stream().filter(q -> q.type().equals("free_text"))
                .map(q -> List.of(q.id(), Integer.toString(q.nonBlank()))).toList();
        assertThat(texts).hasSize(2);
        assertThat(DuckDbFiles.query(warehouse, "SELECT question_id, count(*) FROM fct_survey_free_text WHERE" + survey
                + " GROUP BY ALL")).containsExactlyInAnyOrderElementsOf(texts);

        // 性別, 年代, 地区: every respondent in the band the generator drew (無回答 after the options)
        List<List<String>> bands = new ArrayList<>();
        for (SurveyCounts.Item d : s.demographics()) {
            for (int o = 0; o < d.picks().size(); o++) {
                if (d.picks().get(o) > 0) {
                    bands.add(List.of(d.id(), Integer.toString(o + 1), Integer.toString(d.picks().get(o))));
                }
            }
            if (d.noAnswer() > 0) {
                bands.add(List.of(d.id(), Integer.toString(d.picks().size() + 1), Integer.toString(d.noAnswer())));
            }
        }
        assertThat(DuckDbFiles.query(warehouse, "SELECT demographic_id, band_order, count(*) FROM dim_survey_respondent_band WHERE"
                + survey + " GROUP BY ALL")).containsExactlyInAnyOrderElementsOf(bands);

        // the published 全体 table: n is every respondent; a shown SA count and 無回答 are the generator's
        assertThat(DuckDbFiles.query(warehouse, "SELECT count(DISTINCT question_id), min(n_scope), max(n_scope) "
                + "FROM v_survey_results WHERE" + survey + " AND segment = '全体'")).containsExactly(List.of("34", "300", "300"));
        List<List<String>> shown = DuckDbFiles.query(warehouse, """
                SELECT r.question_id, r.option_code, r.n_selected FROM v_survey_results r
                JOIN dim_survey_question q USING (survey_id, question_id)
                WHERE q.question_type = 'SA' AND r.segment = '全体' AND NOT r.suppressed AND""" + " r." + survey.strip());
        assertThat(shown).hasSizeGreaterThan(22 * 2);
        for (List<String> row : shown) {
            SurveyCounts.Item q = s.perQuestion().stream().filter(i -> i.id().equals(row.get(0))).findFirst().orElseThrow();
            int count = row.get(1).equals("無回答") ? q.noAnswer() : q.picks().get(Integer.parseInt(row.get(1)) - 1);
            assertThat(row.get(2)).as("%s option %s", row.get(0), row.get(1)).isEqualTo(Integer.toString(count));
        }
    }

    private static String one(String sql) {
        return DuckDbFiles.query(warehouse, sql).getFirst().getFirst();
    }
}
