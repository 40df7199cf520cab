package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.cli.RenkeiCommand;
import jp.renkei.testsupport.DuckDbFiles;
import jp.renkei.testsupport.LoadedOnce;
import jp.renkei.testsupport.SampleInput;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report a load of the sample (the seed's own figures) writes, checked against the seed cell by cell. */
class SampleReportTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

    @TempDir
    static Path tmp;
    static Path output;
    static ReportHtml html;

    @BeforeAll
    static void load() throws Exception {
        Path input = tmp.resolve("input");
        output = tmp.resolve("output");
        SampleInput.copyTree(Path.of("input"), input);
        LoadedOnce.load(input, output, RUN_DATE);
        html = new ReportHtml(output.resolve("report/index.html"));
    }

    @Test
    void theLoadWritesTheReportForItsSnapshotDate() {
        Path day = output.resolve("report/snapshot_date=2026-11-24");
        assertThat(day.resolve("index.html")).hasSameBinaryContentAs(output.resolve("report/index.html"));
        assertThat(day.resolve("report.xlsx")).hasSameBinaryContentAs(output.resolve("report/report.xlsx"));
        try (var files = Files.list(output.resolve("report"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no staging left behind")
                    .containsExactlyInAnyOrder("index.html", "report.xlsx", "snapshot_date=2026-11-24");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void coverNamesTheCityTheSnapshotTheNewestExportDateAndTheLoad() throws Exception {
        String loadId = DuckDbFiles.query(output.resolve("warehouse.duckdb"), "SELECT load_id FROM dim_load").getFirst().getFirst();
        Element cover = html.doc.selectFirst("section#cover");
        assertThat(cover.selectFirst("h1").text()).isEqualTo("在宅医療・介護連携推進事業 進捗レポート");
        assertThat(cover.select("dd").eachText()).containsExactly("行田市（埼玉県）", "2026年11月24日", "2023年9月1日", loadId);
        assertThat(html.doc.selectFirst("html").attr("lang")).isEqualTo("ja");
    }

    @Test
    void theSeedsTwoTablesCellByCell() {
        Element discharge = html.indicatorPage("退院・退所加算（介護報酬）");
        assertThat(ReportHtml.table(discharge)).containsExactly(
                List.of("", "H29年", "H30年", "R1年", "R2年", "R3年"),
                List.of("行田市", "427.8", "573.5", "542.4", "516.0", "537"),
                List.of("埼玉県", "105.3", "194.5", "198.3", "96.9", "204.6"));
        assertThat(discharge.selectFirst("p.source").text()).isEqualTo("地域包括ケア見える化システム（回（人口10万対））");
        assertThat(discharge.selectFirst("p.lead").text())
                .isEqualTo("病院等から得た情報で、介護支援専門員が居宅サービス利用等の利用に関する調整を行った実績");

        Element admission = html.indicatorPage("入院時情報連携加算（介護報酬）");
        assertThat(ReportHtml.table(admission)).containsExactly(
                List.of("", "H29年", "H30年", "R1年", "R2年", "R3年"),
                List.of("行田市", "158.4", "111.8", "168", "107.2", "161.4"),
                List.of("埼玉県", "74.8", "51.8", "58.5", "31.3", "63.1"));
        assertThat(admission.selectFirst("p.source").text()).isEqualTo("地域包括ケア見える化システム（人（人口10万対））");

        assertThat(ReportHtml.table(html.indicatorPage("在宅死亡者数（自宅）"))).containsExactly(
                List.of("", "H30年", "R1年"), List.of("行田市", "92", "115"));
    }

    @Test
    void footnotesNameTheDenominatorTheMissingOnesAndTheRevision() {
        List<String> notes = html.indicatorPage("退院・退所加算（介護報酬）").select("ol.notes li").eachText();
        assertThat(notes).containsExactly(
                "基準人口: 総人口。分母の時点: 行田市 2020年10月1日、埼玉県 2020年10月1日。",
                "行田市 の H29年・H30年・R1年・R3年 は分母の人口が読み込まれておらず、人口10万対への換算をしていない（値は公表どおり）。",
                "埼玉県 の H29年・H30年・R1年・R3年 は分母の人口が読み込まれておらず、人口10万対への換算をしていない（値は公表どおり）。",
                "H30年 から H30改定（介護報酬改定）の定義による値。改定の前後は厳密には比較できない（グラフの破線）。");
    }

    @Test
    void oneChartPerIndicatorPageWithTheThreeRegions() {
        // 入院時情報連携加算, 退院・退所加算, its 偏差値 and 在宅死亡者数
        assertThat(html.doc.select("section.indicator")).hasSize(4);
        html.assertOneChartPerIndicatorPage("行田市", "埼玉県");
        Element chart = html.indicatorPage("退院・退所加算（介護報酬）").selectFirst("svg");
        // the sample has no 全国 values: the legend says so rather than dropping the series
        assertThat(chart.select("text").eachText()).contains("行田市", "埼玉県", "全国（値なし）", "H30改定");
        assertThat(chart.outerHtml()).contains(ReportHtml.SERIES_STROKES.get(0), ReportHtml.SERIES_STROKES.get(1));
    }

    @Test
    void fourScenePanelsAndAnEmptySceneSaysSo() {
        html.assertFourScenePanels();
        List<Element> panels = html.doc.select("section#scenes .scene");
        assertThat(panels.get(0).selectFirst("p.empty").text()).isEqualTo("この場面に対応する指標はまだない。");
        assertThat(panels.get(1).select("tbody tr").stream().map(tr -> tr.select("td").eachText().subList(0, 7)).toList())
                .containsExactly(
                        List.of("入院時情報連携加算（介護報酬）", "R3年", "161.4", "63.1", "—", "2.56", "+54.2（R2年比）"),
                        List.of("退院・退所加算（介護報酬）", "R3年", "537", "204.6", "—", "2.62", "+21.0（R2年比）"),
                        // an index has no ratio to the prefecture
                        List.of("退院・退所加算（偏差値）", "R3年", "71.8", "51.3", "—", "—", "−8.5（R2年比）"));
        assertThat(panels.get(1).select("tbody tr td.spark svg")).hasSize(3);
        assertThat(panels.get(3).select("li").eachText()).contains("普及啓発部会: 広報誌「行田人」発行号数 16号（令和5年10月現在）");
        assertThat(panels.get(1).select("li").eachText()).containsExactly("普及啓発部会: 広報誌「行田人」発行号数 16号（令和5年10月現在）");
    }

    @Test
    void activitiesTableWithInitiativesAndScenes() throws Exception {
        List<List<String>> rows = html.doc.select("table.activities tbody tr").stream()
                .map(tr -> List.of(tr.selectFirst("td.group").text(), String.join("|", tr.select("td").get(2).select("li").eachText()),
                        String.join("|", tr.select("td").get(3).select("li").eachText())))
                .toList();
        assertThat(rows).containsExactly(
                List.of("研修部会", "(カ) 医療・介護関係者の研修", ""),
                List.of("患者情報共有・ICT部会", "(エ) 医療・介護関係者の情報共有の支援", "日常の療養支援|急変時の対応|看取り"),
                List.of("普及啓発部会", "(エ) 医療・介護関係者の情報共有の支援|(キ) 地域住民への普及啓発",
                        "日常の療養支援|入退院支援|急変時の対応|看取り"));
        assertThat(html.doc.select("table.activities tbody tr").get(1).select("li b").eachText()).containsExactly("3名", "13名", "618部");
        assertThat(DuckDbFiles.query(output.resolve("warehouse.duckdb"),
                "SELECT item, scenes::VARCHAR FROM v_activities WHERE working_group = '普及啓発部会'"))
                .containsExactly(List.of("広報誌「行田人」発行号数", "[日常の療養支援, 入退院支援, 急変時の対応, 看取り]"));
    }

    @Test
    void surveyCellsAreThePublishedOnesAndNoSuppressedCellShowsANumber() throws Exception {
        html.assertSuppressedCellsShowNoNumber();
        // audit every cross-tab cell against the published table: suppressed → —, otherwise its pct
        Map<String, List<String>> published = new HashMap<>();
        for (List<String> r : DuckDbFiles.query(output.resolve("warehouse.duckdb"), """
                SELECT q.question_number, r.segment, r.option_label, r.suppressed::VARCHAR, coalesce(r.pct::VARCHAR, '')
                FROM fct_survey_result r JOIN dim_survey_question q USING (survey_id, question_id)
                WHERE r.segment <> '全体'""")) {
            published.put(r.get(0) + "|" + r.get(1) + "|" + r.get(2), r.subList(3, 5));
        }
        int audited = 0;
        int suppressed = 0;
        for (Element q : html.doc.select("div.survey-q")) {
            String number = q.selectFirst("h3").text().split(" ")[0];
            for (Element table : q.select("table[data-demographic]")) {
                String demographic = table.attr("data-demographic");
                List<String> options = table.select("thead th").eachText().subList(2, table.select("thead th").size());
                for (Element tr : table.select("tbody tr")) {
                    String band = tr.selectFirst("th").text();
                    List<Element> cells = new ArrayList<>(tr.select("td"));
                    for (int i = 0; i < options.size(); i++) {
                        List<String> p = published.get(number + "|" + demographic + "=" + band + "|" + options.get(i));
                        assertThat(p).as("%s %s %s", number, band, options.get(i)).isNotNull();
                        Element td = cells.get(i + 1);
                        if (p.get(0).equals("true")) {
                            assertThat(td.text()).isEqualTo("—");
                            assertThat(td.hasClass("suppressed")).isTrue();
                            suppressed++;
                        } else {
                            assertThat(td.text()).isEqualTo(p.get(1));
                        }
                        audited++;
                    }
                }
            }
        }
        assertThat(audited).isEqualTo(published.size());
        assertThat(suppressed).as("the sample survey has suppressed cells").isPositive();
    }

    @Test
    void maQuestionsCarryTheNoteAndEveryQuestionItsNAndNoAnswer() {
        List<Element> questions = html.doc.select("div.survey-q");
        Element q10 = questions.stream().filter(q -> q.selectFirst("h3").text().startsWith("問10(2)")).findFirst().orElseThrow();
        assertThat(q10.selectFirst("p.ma-note").text()).isEqualTo("複数回答のため合計は100%を超える");
        assertThat(q10.text()).contains("n = 612", "無回答 27人（4.4%）");
        assertThat(q10.select("div.chart svg")).hasSize(1);
        assertThat(questions.stream().filter(q -> q.select("p.ma-note").isEmpty()).count()).isEqualTo(questions.size() - 1);
    }

    @Test
    void selfContainedJapanesePrintableHtml() {
        html.assertSelfContained();
        String css = html.doc.selectFirst("style").data();
        assertThat(css).contains("size: A4 landscape", "break-after: page", "Noto Sans CJK JP", "Hiragino", "Yu Gothic", "Meiryo");
        assertThat(html.doc.select("section.page").first().id()).isEqualTo("cover");
        assertThat(html.doc.select("section.page").eachAttr("id").stream().filter(s -> !s.isEmpty()).toList())
                .containsSubsequence("cover", "scenes", "indicator-1", "activities", "data-state");
    }

    @Test
    void dataStateSaysWhatTheNumbersRestOn() {
        Element state = html.doc.selectFirst("section#data-state");
        assertThat(state.select("table.no-denominator tbody tr").stream().map(tr -> tr.select("td").eachText()).toList())
                .contains(List.of("退院・退所加算（介護報酬）", "行田市", "4", "H29年・H30年・R1年・R3年"));
        assertThat(state.select("h3").eachText()).containsExactly("ファイルごとのリジェクト（読み飛ばした行）",
                "ファイルごと読み込まなかったもの", "指標カタログにない系列", "分母のない値");
    }

    @Test
    void workbookHoldsEveryTableAsNumbersWithThePublishedFormat() throws Exception {
        ReportWorkbook wb = new ReportWorkbook(output.resolve("report/report.xlsx"));
        List<String> names = wb.names();
        assertThat(names).startsWith("表紙", "4つの場面").contains("部会の取組", "データの状態");
        Row city = wb.sheet("退院・退所加算").rows().get(2);
        assertThat(city.getCell(0).asString()).isEqualTo("行田市");
        List<String> formats = new ArrayList<>();
        List<java.math.BigDecimal> numbers = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            Cell cell = city.getCell(c);
            numbers.add(cell.asNumber());
            formats.add(cell.getDataFormatString());
        }
        assertThat(numbers).extracting(n -> n.stripTrailingZeros().toPlainString())
                .containsExactly("427.8", "573.5", "542.4", "516", "537");
        assertThat(formats).containsExactly("0.0", "0.0", "0.0", "0.0", "0");
        long surveySheets = names.stream().filter(n -> n.startsWith("調査")).count();
        assertThat(surveySheets).isEqualTo(html.doc.select("div.survey-q").size());
        wb.assertSuppressedCellsAreText();
    }

    @Test
    void theReportCommandWritesItAgainAndRefusesADayTheWarehouseDoesNotHold() throws Exception {
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        Files.copy(output.resolve("warehouse.duckdb"), again.resolve("warehouse.duckdb"));
        PrintStream console = System.out;
        PrintStream consoleErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int ok;
        int otherDay;
        int badRegion;
        int unknownRegion;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            ok = RenkeiCommand.commandLine().execute("report", "--output", again.toString());
            otherDay = RenkeiCommand.commandLine().execute("report", "--output", again.toString(), "--snapshot-date", "2026-11-01");
            badRegion = RenkeiCommand.commandLine().execute("report", "--output", again.toString(), "--region", "112063");
            unknownRegion = RenkeiCommand.commandLine().execute("report", "--output", again.toString(), "--region", "13101");
        } finally {
            System.setOut(console);
            System.setErr(consoleErr);
        }
        assertThat(ok).as("%s%s", out, err).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("wrote " + again.resolve("report/snapshot_date=2026-11-24/index.html"));
        assertThat(Files.readString(again.resolve("report/index.html"))).isEqualTo(html.text);
        assertThat(otherDay).isEqualTo(1);
        assertThat(badRegion).isEqualTo(2);
        assertThat(unknownRegion).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "renkei: " + again.resolve("warehouse.duckdb") + " holds the snapshot of 2026-11-24, not 2026-11-01; no report of that day is kept",
                "renkei: --region 112063: check digit 3 is wrong: the code with its check digit is 112062",
                "renkei: region 131016 is not in the warehouse's region master (dim_region): give the home municipality's 6-digit code, e.g. 112062");
    }

    /**
     * The README's check in a real browser, when one is on the PATH: a screenshot and an A4 landscape PDF, kept in
     * target/report-check/ for a person to look at.
     */
    @Test
    void aRealBrowserRendersAndPrintsItOnA4Landscape() throws Exception {
        java.util.Optional<HeadlessChromium> chromium = HeadlessChromium.onPath();
        if (chromium.isEmpty()) {
            System.out.println("SKIPPED: no chromium on the PATH: the real-browser check of the report did not run");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium.isPresent(),
                "no chromium on the PATH: the real-browser check of the report did not run");
        Path check = Path.of("target", "report-check");
        Files.createDirectories(check);
        Path png = check.resolve("report.png").toAbsolutePath();
        Path pdf = check.resolve("report.pdf").toAbsolutePath();
        Files.deleteIfExists(png);
        Files.deleteIfExists(pdf);
        Path report = output.resolve("report/index.html").toAbsolutePath();
        chromium.get().screenshot(report, png, 1123, 2400);
        chromium.get().printToPdf(report, pdf);

        byte[] image = Files.readAllBytes(png);
        assertThat(image).startsWith(0x89, 'P', 'N', 'G');
        assertThat(image.length).as("a screenshot with text and charts, not a blank page").isGreaterThan(50_000);
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(pdfText).startsWith("%PDF-");
        java.util.regex.Matcher boxes = java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(pdfText);
        int pages = 0;
        while (boxes.find()) {
            pages++;
            assertThat(Double.parseDouble(boxes.group(1))).as("A4 landscape width in points").isCloseTo(841.92, org.assertj.core.data.Offset.offset(1.0));
            assertThat(Double.parseDouble(boxes.group(2))).as("A4 landscape height in points").isCloseTo(594.96, org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(pages).as("at least a page per section").isGreaterThanOrEqualTo(html.doc.select("section.page").size());
    }

    @Test
    void dataStateListsRejectedRowsPerFileAndFilesRejectedWhole() throws Exception {
        Path copy = tmp.resolve("with-rejects");
        Files.createDirectories(copy);
        Files.copy(output.resolve("warehouse.duckdb"), copy.resolve("warehouse.duckdb"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + copy.resolve("warehouse.duckdb"));
             java.sql.Statement st = c.createStatement()) {
            // rejects as a load records them, against files the warehouse reflects now
            st.execute("""
                    INSERT INTO load_reject
                    SELECT 'l', source_file_id, 'indicators', relative_path, r.row, 'F', 'abc', 'a number', 'row ' || r.row || ' bad'
                    FROM internal.input_state, (VALUES (4), (5)) r(row) WHERE relative_path LIKE '%(2).csv'
                    UNION ALL
                    SELECT 'l', source_file_id, 'indicators', relative_path, NULL, NULL, NULL, NULL, 'not a 見える化 export'
                    FROM internal.input_state WHERE relative_path LIKE '%(3).csv'""");
            ReportPublisher.stage(c, copy, new ReportRequest("112062", RUN_DATE, null)).commit(30);
        }
        Element state = new ReportHtml(copy.resolve("report/index.html")).doc.selectFirst("section#data-state");
        assertThat(state.select("table.rejects tbody tr").stream().map(tr -> tr.select("td").eachText()).toList())
                .containsExactly(List.of("indicators/δ1-c_医療介護連携_時系列 (2).csv", "indicators", "2", "row 4 bad"));
        assertThat(state.select("table.books tbody tr").stream().map(tr -> tr.select("td").eachText()).toList())
                .containsExactly(List.of("indicators/δ1-c_医療介護連携_時系列 (3).csv", "indicators", "not a 見える化 export"));
    }
}
