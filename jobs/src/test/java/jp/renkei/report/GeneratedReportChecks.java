package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.Test;

/**
 * The checks every report of a generated input passes, whatever its size: one chart per indicator page with the
 * three regions drawn, the four scene panels, no suppressed survey cell showing a number, no network reference,
 * and the home region, its prefecture and the nation the only regions named, in the HTML and in report.xlsx.
 * Each subclass loads its own input once and hands it over through {@link #report()}.
 */
abstract class GeneratedReportChecks {

    abstract GeneratedReport report();

    @Test
    void everyIndicatorPageHasOneChartWithTheThreeRegionsDrawn() {
        GeneratedReport r = report();
        long series = Long.parseLong(DuckDbFiles.query(r.warehouse(),
                "SELECT count(DISTINCT indicator_id) FROM fct_indicator_value").getFirst().getFirst());
        assertThat(r.html().doc.select("section.indicator")).hasSize((int) series);
        r.html().assertOneChartPerIndicatorPage(r.city(), r.prefecture());
        r.html().assertThreeSeriesPerChart();
    }

    @Test
    void theSameChecksAsTheSample() {
        ReportHtml html = report().html();
        html.assertSelfContained();
        html.assertFourScenePanels();
        html.assertSuppressedCellsShowNoNumber();
        assertThat(html.doc.select("td.suppressed")).as("the generated survey's cross-tabs suppress cells").isNotEmpty();
    }

    @Test
    void coversTheHomeRegionItsPrefectureAndTheNationOnly() throws Exception {
        GeneratedReport r = report();
        List<String> others = r.otherRegions();
        assertThat(others).as("every prefecture and municipality but the two")
                .hasSize(46 + r.settings().municipalities() - 1);
        r.html().assertTablesNameOnly(r.city(), r.prefecture());
        ReportWorkbook workbook = new ReportWorkbook(r.output().resolve("report/report.xlsx"));
        String cells = workbook.text();
        assertThat(cells).contains(r.city(), r.prefecture(), "全国");
        for (String other : others) {
            assertThat(r.html().text).as("the HTML names " + other).doesNotContain(other);
            assertThat(cells).as("report.xlsx names " + other).doesNotContain(other);
        }
        workbook.assertSuppressedCellsAreText();
    }
}
