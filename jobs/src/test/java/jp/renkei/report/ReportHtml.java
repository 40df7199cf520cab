package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The report's HTML parsed, and the checks every report must pass whatever its input. */
final class ReportHtml {

    /** The line colours of city, prefecture and nation (Charts.REGION_COLOURS) as JFreeSVG writes them. */
    static final List<String> SERIES_STROKES = List.of("stroke:rgb(192,57,43)", "stroke:rgb(31,95,168)",
            "stroke:rgb(107,107,107)");

    final String text;
    final Document doc;

    ReportHtml(Path file) throws IOException {
        this.text = Files.readString(file, StandardCharsets.UTF_8);
        this.doc = Jsoup.parse(text);
    }

    Element indicatorPage(String title) {
        return doc.select("section.indicator").stream().filter(s -> s.selectFirst("h2").text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator page titled " + title));
    }

    static List<List<String>> table(Element page) {
        return page.select("table.values tr").stream().map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
    }

    /** Self-contained: no network address, no script, nothing loaded from elsewhere. */
    void assertSelfContained() {
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("http:").doesNotContain("https:");
        assertThat(doc.select("script, link, iframe, img, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(lower).doesNotContain("@import").doesNotContain("url(http");
    }

    /** Every cell marked suppressed reads — and nothing else: no digit anywhere in it. */
    void assertSuppressedCellsShowNoNumber() {
        for (Element td : doc.select("td.suppressed")) {
            assertThat(td.text()).as("suppressed cell %s", td.outerHtml()).isEqualTo("—");
        }
    }

    void assertFourScenePanels() {
        assertThat(doc.select("section#scenes .scene").eachAttr("data-scene"))
                .containsExactly("日常の療養支援", "入退院支援", "急変時の対応", "看取り");
    }

    /** Every indicator page's chart draws the three lines: city, prefecture and nation. */
    void assertThreeSeriesPerChart() {
        for (Element page : doc.select("section.indicator")) {
            String svg = page.selectFirst("svg").outerHtml();
            assertThat(SERIES_STROKES).as(page.selectFirst("h2").text()).allMatch(svg::contains);
        }
    }

    /**
     * The tables name the city, its prefecture and the nation and no other region: every indicator table has
     * exactly these three rows, and every region the data state lists is one of them.
     */
    void assertTablesNameOnly(String city, String prefecture) {
        for (Element page : doc.select("section.indicator")) {
            assertThat(table(page).stream().map(List::getFirst).toList()).as(page.selectFirst("h2").text())
                    .containsExactly("", city, prefecture, "全国");
        }
        for (Element tr : doc.select("table.no-denominator tbody tr")) {
            assertThat(tr.select("td").get(1).text()).isIn(city, prefecture, "全国");
        }
    }

    /** One chart per indicator page, naming the three regions in its legend. */
    void assertOneChartPerIndicatorPage(String city, String prefecture) {
        for (Element page : doc.select("section.indicator")) {
            assertThat(page.select("svg")).as(page.selectFirst("h2").text()).hasSize(1);
            List<String> texts = page.select("svg text").eachText();
            assertThat(texts).as("legend of %s", page.selectFirst("h2").text())
                    .anyMatch(t -> t.startsWith(city)).anyMatch(t -> t.startsWith(prefecture)).anyMatch(t -> t.startsWith("全国"));
        }
    }
}
