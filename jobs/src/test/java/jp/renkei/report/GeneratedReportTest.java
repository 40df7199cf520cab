package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.testsupport.DuckDbFiles;
import jp.renkei.testsupport.LoadedOnce;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a generated input with many municipalities: it covers the home region, its prefecture and the
 * nation only, with three series on every chart; and, on the same warehouse given the columns the real-downloads
 * work adds to v_indicator_values, it footnotes projections and display modes and puts uncatalogued series
 * under their own heading.
 */
class GeneratedReportTest {

    static final GeneratorSettings SETTINGS = new GeneratorSettings(7, 400, 3, 6, 0.2, 2, 400, 6);
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path tmp;
    static Path output;
    static String city;
    static String prefecture;
    static ReportHtml html;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        Path input = tmp.resolve("input");
        output = tmp.resolve("output");
        new InputGenerator(SETTINGS, s -> { }).generate(input);
        LoadedOnce.load(input, output, RUN_DATE);
        List<String> names = DuckDbFiles.query(output.resolve("warehouse.duckdb"), """
                SELECT c.region_name, p.region_name FROM dim_region c JOIN dim_region p ON p.region_code = c.prefecture_code
                WHERE c.region_code = '112062'""").getFirst();
        city = names.get(0);
        prefecture = names.get(1);
        html = new ReportHtml(output.resolve("report/index.html"));
    }

    @Test
    void everyIndicatorPageHasOneChartWithTheThreeRegionsDrawn() {
        long series = Long.parseLong(DuckDbFiles.query(output.resolve("warehouse.duckdb"),
                "SELECT count(DISTINCT indicator_id) FROM fct_indicator_value").getFirst().getFirst());
        assertThat(html.doc.select("section.indicator")).hasSize((int) series);
        html.assertOneChartPerIndicatorPage(city, prefecture);
        for (Element page : html.doc.select("section.indicator")) {
            String svg = page.selectFirst("svg").outerHtml();
            assertThat(ReportHtml.SERIES_STROKES).as(page.selectFirst("h2").text()).allMatch(svg::contains);
            assertThat(ReportHtml.table(page).stream().map(List::getFirst).toList())
                    .containsExactly("", city, prefecture, "全国");
        }
    }

    @Test
    void coversTheHomeRegionItsPrefectureAndTheNationOnly() throws Exception {
        List<String> others = DuckDbFiles.query(output.resolve("warehouse.duckdb"), """
                SELECT region_name FROM dim_region WHERE region_level = 'municipality' AND region_code <> '112062'""")
                .stream().map(List::getFirst).toList();
        assertThat(others).hasSizeGreaterThan(390);
        for (String other : others) {
            assertThat(html.doc.select("table.values td.region").eachText()).doesNotContain(other);
        }
    }

    @Test
    void theSameChecksAsTheSample() {
        html.assertSelfContained();
        html.assertFourScenePanels();
        html.assertSuppressedCellsShowNoNumber();
        assertThat(html.doc.select("td.suppressed")).as("the generated survey's cross-tabs suppress cells").isNotEmpty();
    }

    @Test
    void usesTheRealDownloadsColumnsWhenTheWarehouseHasThem() throws Exception {
        Path copy = tmp.resolve("with-columns");
        java.nio.file.Files.createDirectories(copy);
        java.nio.file.Files.copy(output.resolve("warehouse.duckdb"), copy.resolve("warehouse.duckdb"));
        String ids;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy.resolve("warehouse.duckdb"));
             Statement st = c.createStatement()) {
            // the generated input has none of these: one series made uncatalogued, the newest period a
            // projection, one series in two display modes
            st.execute("ALTER VIEW v_indicator_values RENAME TO v_indicator_values_base");
            var rs = st.executeQuery("SELECT min(indicator_id), max(indicator_id), max(fiscal_year) FROM v_indicator_values_base");
            rs.next();
            String first = rs.getString(1);
            String last = rs.getString(2);
            int newest = rs.getInt(3);
            ids = first + "|" + last;
            st.execute("""
                    CREATE VIEW v_indicator_values AS
                    SELECT * REPLACE (CASE WHEN indicator_id = '%1$s' THEN '注目する地域のみ' END AS display_mode,
                           indicator_id <> '%2$s' AS catalogued, fiscal_year = %3$d AS is_projection)
                    FROM v_indicator_values_base
                    UNION ALL
                    SELECT * REPLACE (published_value * 2 AS published_value, '他地域と比較' AS display_mode,
                           true AS catalogued, fiscal_year = %3$d AS is_projection)
                    FROM v_indicator_values_base WHERE indicator_id = '%1$s'""".formatted(first, last, newest));
            ReportPublisher.StagedReport staged = ReportPublisher.stage(c, copy, new ReportRequest("112062", RUN_DATE, null));
            staged.commit(30);
        }
        ReportHtml withColumns = new ReportHtml(copy.resolve("report/index.html"));
        String first = ids.split("\\|")[0];
        String last = ids.split("\\|")[1];
        List<Element> pages = withColumns.doc.select("section.indicator");
        List<Element> modes = pages.stream().filter(p -> p.attr("data-indicator").equals(first)).toList();
        assertThat(modes).hasSize(2);
        assertThat(modes).allMatch(p -> p.select("ol.notes li").eachText().stream().anyMatch(n -> n.startsWith("見える化システムの表示モード「")));
        assertThat(modes.stream().map(p -> p.selectFirst("h2").text()).toList())
                .allMatch(t -> t.endsWith("（注目する地域のみ）") || t.endsWith("（他地域と比較）"));
        // projections are footnoted on every page
        assertThat(pages).allMatch(p -> p.select("ol.notes li").eachText().stream()
                .anyMatch(n -> n.endsWith(" は推計値（出力日より後の期間で、実績ではない）。")));
        // the uncatalogued series comes last, after the heading that says it has no scene yet
        Element heading = withColumns.doc.selectFirst("section.no-scene-heading");
        assertThat(heading.selectFirst("h2").text()).isEqualTo("場面が未設定の指標");
        assertThat(pages.getLast().attr("data-indicator")).isEqualTo(last);
        assertThat(heading.elementSiblingIndex()).isLessThan(pages.getLast().elementSiblingIndex());
        assertThat(withColumns.doc.selectFirst("section#data-state").text()).contains(last);
        assertThat(withColumns.doc.select("section#scenes").text()).doesNotContain(pages.getLast().selectFirst("h2").text());
        withColumns.assertSelfContained();
    }
}
