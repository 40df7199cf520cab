package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.generate.GeneratorSettings;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a generated input of 400 municipalities passes every report's checks ({@link GeneratedReportChecks});
 * and, on the same warehouse given the columns the real-downloads work adds to v_indicator_values, it footnotes
 * projections and display modes and puts uncatalogued series under their own heading.
 */
class GeneratedReportTest extends GeneratedReportChecks {

    static final GeneratorSettings SETTINGS = new GeneratorSettings(7, 400, 3, 6, 0.2, 2, 400, 6);
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path tmp;
    static GeneratedReport report;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        report = GeneratedReport.load(SETTINGS, tmp, RUN_DATE);
    }

    @Override
    GeneratedReport report() {
        return report;
    }

    @Test
    void usesTheRealDownloadsColumnsWhenTheWarehouseHasThem() throws Exception {
        Path copy = tmp.resolve("with-columns");
        java.nio.file.Files.createDirectories(copy);
        java.nio.file.Files.copy(report.warehouse(), copy.resolve("warehouse.duckdb"));
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
