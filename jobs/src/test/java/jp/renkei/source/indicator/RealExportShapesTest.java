package jp.renkei.source.indicator;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.write;
import static jp.renkei.input.SpreadsheetFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout and header form the 見える化 system really gives (domain.md, "What real downloads look like"), read
 * into the same cells: where the table sits, which sheet holds it, how row 1 and the header are written.
 */
class RealExportShapesTest {

    static final String TS = "表形式（時系列）";
    static final String IDEOGRAPHIC_SPACE = "\u3000";
    static final String ROW1 = "出力日：2026/08/25" + IDEOGRAPHIC_SPACE + "確認している地域：埼玉県行田市";

    /** The cells of the 時系列 table below, as "row column 地域 指標 単位 period value". */
    static final List<String> GYODA_CELLS = List.of(
            "3 E 行田市 退院・退所加算 回（人口10万対） H29年 427.8",
            "3 F 行田市 退院・退所加算 回（人口10万対） 令和2年3月末 516.0",
            "4 E 埼玉県 退院・退所加算 回（人口10万対） H29年 105.3",
            "4 F 埼玉県 退院・退所加算 回（人口10万対） 令和2年3月末 96.9");

    @TempDir
    Path dir;

    private final IndicatorExportReader reader = new IndicatorExportReader();

    record Shape(String file, byte[] bytes) {
    }

    static Stream<Arguments> timeSeriesShapes() {
        String csvName = "δ1-c_医療介護連携_時系列 (2).csv";
        String xlsxName = "δ1-c_医療介護連携_時系列.xlsx";
        Object[][] columnB = {
                {ROW1},
                {null, "地域", "指標", "単位", "H29年", "令和2年3月末"},
                {null, "行田市", "退院・退所加算", "回（人口10万対）", "427.8", "516.0"},
                {null, "埼玉県", "退院・退所加算", "回（人口10万対）", "105.3", "96.9"}};
        LocalDate aug25 = LocalDate.of(2026, 8, 25);
        return Stream.of(
                Arguments.of("CSV saved from a real book: every row starts with an empty field",
                        csvName, csv(toCsv(columnB), "windows-31j"), aug25, "埼玉県行田市"),
                Arguments.of("UTF-8 CSV with BOM, a leading empty field and Excel's padding to the widest row",
                        csvName, csv(toCsv(columnB).replace("\r\n", ",,\r\n"), "UTF-8 with BOM"), aug25, "埼玉県行田市"),
                Arguments.of("workbook: graph sheet first, column A empty, ideographic space in row 1",
                        xlsxName, book(sheets("グラフ", new Object[][] {{"グラフ"}}, TS, columnB), none()), aug25, "埼玉県行田市"),
                Arguments.of("workbook: 出力日 and 確認している地域 only on the graph sheet",
                        xlsxName, book(sheets("グラフ", new Object[][] {{ROW1}}, TS, withoutRow1(columnB)), none()),
                        aug25, "埼玉県行田市"),
                Arguments.of("workbook: table sheet named 表, beside a 順位 sheet and a hidden 表形式（時系列）",
                        xlsxName, book(sheets("順位", new Object[][] {{"順位"}, {null, "地域", "指標", "単位", "H30年"}},
                                TS, new Object[][] {{"old"}, {"地域", "指標", "単位", "H30年"}}, "表", columnB),
                                (name, ws) -> {
                                    if (name.equals(TS)) {
                                        ws.setVisibilityState(VisibilityState.HIDDEN);
                                    }
                                }), aug25, "埼玉県行田市"),
                Arguments.of("workbook: sheet named 表形式 (2) after a re-download",
                        xlsxName, book(sheets("表形式 (2)", columnB), none()), aug25, "埼玉県行田市"),
                Arguments.of("header cells with line breaks and spaces, filler headers and empty trailing columns",
                        csvName, csv(toCsv(new Object[][] {
                                {"出力日 2026/08/25 確認している地域 埼玉県行田市"},
                                {null, "地 域", "指標\n", "　単位", "H29年", "令和2年\n3月末", "列9", "", "行3"},
                                {"注", "行田市", "退院・退所加算", "回（人口10万対）", "427.8", "516.0", "", "", ""},
                                {null, "埼玉県", "退院・退所加算", "回（人口10万対）", "105.3", "96.9", "", "", ""}}), "UTF-8"),
                        aug25, "埼玉県行田市"),
                Arguments.of("row 1 with no separator at all, and the header further down",
                        csvName, csv(toCsv(new Object[][] {
                                {"出力日2026/08/25確認している地域埼玉県行田市"},
                                {"地域包括ケア「見える化」システム"},
                                columnB[1], columnB[2], columnB[3]}), "UTF-8"),
                        aug25, "埼玉県行田市"),
                Arguments.of("merged header cell: counts once, under its first column",
                        xlsxName, book(sheets(TS, new Object[][] {
                                {"出力日", "2026/08/25"},
                                {null, "地域", "指標", "単位", "H29年", "令和2年3月末", null},
                                {null, "行田市", "退院・退所加算", "回（人口10万対）", "427.8", "516.0"},
                                {null, "埼玉県", "退院・退所加算", "回（人口10万対）", "105.3", "96.9"}}),
                                (name, ws) -> ws.range(1, 5, 1, 6).merge()), aug25, null),
                Arguments.of("a book without 出力日 loads",
                        csvName, csv(toCsv(withoutRow1(columnB)), "UTF-8"), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeSeriesShapes")
    void readsEveryTimeSeriesShapeIntoTheSameCells(String shape, String file, byte[] bytes, LocalDate exportedOn,
                                                   String checkedRegion) {
        List<ExportCell> cells = new java.util.ArrayList<>();
        List<InputProblem> problems = new java.util.ArrayList<>();
        ParsedExport export = reader.read(write(dir, "indicators/" + file, bytes), "indicators/" + file, cells::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(export.exportedOn()).isEqualTo(exportedOn);
        assertThat(export.checkedRegion()).isEqualTo(checkedRegion);
        List<String> expected = GYODA_CELLS;
        if (shape.contains("further down")) { // the header is in row 3, the data one row lower
            expected = GYODA_CELLS.stream().map(c -> (Integer.parseInt(c.substring(0, 1)) + 1) + c.substring(1)).toList();
        }
        assertThat(cells.stream().map(RealExportShapesTest::shown)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regionalShapes")
    void readsARegionalTableThatStartsInColumnB(String shape, String file, byte[] bytes) {
        IndicatorExport read = reader.read(write(dir, file, bytes), file);

        assertThat(read.rowProblems()).isEmpty();
        assertThat(read.export().year()).isEqualTo(2024);
        assertThat(read.cells().stream().map(RealExportShapesTest::shown)).containsExactly(
                "3 D 行田市 入院時情報連携加算 算定率 （%） null 12.5",
                "3 E 大雪地区広域連合 入院時情報連携加算 算定率 （%） null 10.25",
                "4 D 行田市 入院時情報連携加算 算定率（偏差値） （偏差値） null 55.1",
                "4 E 大雪地区広域連合 入院時情報連携加算 算定率（偏差値） （偏差値） null 48.2");
    }

    static Stream<Arguments> regionalShapes() {
        Object[][] rows = {
                {"出力日：2024/09/01"},
                {null, "指標", "単位", "行田市", "大雪地区広域連合", "列6"},
                {null, "入院時情報連携加算 算定率", "（%）", 12.5, 10.25},
                {null, "入院時情報連携加算 算定率（偏差値）", "（偏差値）", 55.1, 48.2}};
        return Stream.of(
                Arguments.of("workbook with a graph sheet first", "δ1-c_医療介護連携_2024_地域別.xlsx",
                        book(sheets("グラフ", new Object[][] {{"x"}}, "表形式（地域別）", rows), none())),
                Arguments.of("CSV with the leading empty field", "δ1-c_医療介護連携_2024_地域別.csv", csv(toCsv(rows), "windows-31j")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("booksWithoutOneTable")
    void aBookWithoutOneTableSheetIsAnErrorNamingItsSheets(String shape, byte[] bytes, String message) {
        String file = "δ1-c_医療介護連携_時系列.xlsx";
        Path path = write(dir, file, bytes);
        assertThatThrownBy(() -> reader.read(path, file)).isInstanceOf(InputFileException.class).hasMessage(message);
    }

    static Stream<Arguments> booksWithoutOneTable() {
        Object[][] table = {{ROW1}, {"地域", "指標", "単位", "H29年"}, {"行田市", "x", "回", 1}};
        String expected = ", expected one sheet named 表形式（時系列） or 表形式（地域別）, or one whose name starts with 表形式 "
                + "or is 表 (graph, 順位 and hidden sheets are never read)";
        return Stream.of(
                Arguments.of("two candidates", book(sheets("グラフ", table, "表形式", table, "表", table), none()),
                        "δ1-c_医療介護連携_時系列.xlsx: two candidate tables: found \"the sheets 表形式 and 表\"" + expected),
                Arguments.of("the table sheet twice, once re-saved with ASCII brackets",
                        book(sheets(TS, table, "表形式(時系列)", table), none()),
                        "δ1-c_医療介護連携_時系列.xlsx: two candidate tables: found \"the sheets 表形式（時系列） and 表形式(時系列)\"" + expected),
                Arguments.of("only graph, 順位 and hidden sheets",
                        book(sheets("グラフ", table, "順位", table, "Sheet1", table), (name, ws) -> {
                            if (name.equals("Sheet1")) {
                                ws.setVisibilityState(VisibilityState.HIDDEN);
                            }
                        }),
                        "δ1-c_医療介護連携_時系列.xlsx: no table sheet: found \"the sheets グラフ, 順位, Sheet1 (hidden)\"" + expected),
                Arguments.of("two sheets of other names", book(sheets("Sheet1", table, "Sheet2", table), none()),
                        "δ1-c_医療介護連携_時系列.xlsx: no table sheet among several: found \"the sheets Sheet1, Sheet2\"" + expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHeaders")
    void aBadHeaderNamesFileSheetRowAndWhatWasFound(String shape, String file, byte[] bytes, String message) {
        Path path = write(dir, file, bytes);
        assertThatThrownBy(() -> reader.read(path, file)).isInstanceOf(InputFileException.class).hasMessage(message);
    }

    static Stream<Arguments> badHeaders() {
        String file = "δ1-c_医療介護連携_時系列.xlsx";
        return Stream.of(
                Arguments.of("no header in the first 10 rows", file, book(sheets("グラフ", new Object[][] {{"x"}}, TS,
                                new Object[][] {{ROW1}, {null, "地域名", "指標名", "H29年"}}), none()),
                        file + ": no header row with 地域, 指標 and 単位 in the first 10 rows of sheet 表形式（時系列）: found \"row 1: "
                                + ROW1 + "; row 2: 地域名, 指標名, H29年\", expected the header 地域, 指標, 単位, then one column per period"),
                Arguments.of("a 出力日 that is no date", file,
                        book(sheets(TS, new Object[][] {{null, "出力日：2026/13/25"}, {null, "地域", "指標", "単位", "H29年"}}), none()),
                        file + " sheet 表形式（時系列） row 1 column B: 出力日 is not a date: found \"出力日：2026/13/25\", "
                                + "expected 出力日：YYYY/MM/DD"),
                Arguments.of("header without periods", file,
                        book(sheets(TS, new Object[][] {{ROW1}, {null, "地域", "指標", "単位", "列5", "列6"}}), none()),
                        file + " sheet 表形式（時系列） row 2: header has no period columns: found \"地域, 指標, 単位, 列5, 列6\", "
                                + "expected the header 地域, 指標, 単位, then one column per period"));
    }

    @org.junit.jupiter.api.Test
    void anEmptyExportIsReadAsNoCellsNotAnError() {
        String file = "D21_定期巡回・随時対応型訪問介護看護_時系列.xlsx";
        IndicatorExport read = reader.read(write(dir, file, book(sheets("グラフ", new Object[][] {{ROW1}}, TS,
                new Object[][] {{ROW1}, {null, "地域", "指標", "単位", "H29年", "H30年"}, {}, {null, "", ""}}), none())), file);

        assertThat(read.cells()).isEmpty();
        assertThat(read.rowProblems()).isEmpty();
        assertThat(read.export().exportedOn()).isEqualTo(LocalDate.of(2026, 8, 25));
    }

    @org.junit.jupiter.api.Test
    void aValueUnderABlankHeaderSkipsItsRowAndSaysWhere() {
        String file = "δ1-c_医療介護連携_時系列.xlsx";
        IndicatorExport read = reader.read(write(dir, file, book(sheets(TS, new Object[][] {
                {ROW1},
                {null, "地域", "指標", "単位", "H29年", null, "H30年"},
                {null, "行田市", "退院・退所加算", "回", 1, null, 2},
                {null, "埼玉県", "退院・退所加算", "回", 3, "注", 4}}), none())), file);

        assertThat(read.cells().stream().map(RealExportShapesTest::shown)).containsExactly(
                "3 E 行田市 退院・退所加算 回 H29年 1", "3 G 行田市 退院・退所加算 回 H30年 2");
        assertThat(read.rowProblems()).extracting(InputProblem::message).containsExactly(
                file + " sheet 表形式（時系列） row 4 column F: value in a column without a header: found \"注\", "
                        + "expected nothing under a blank header");
    }

    private static String shown(ExportCell c) {
        return c.row() + " " + c.column() + " " + c.regionName() + " " + c.seriesName() + " " + c.unitText() + " "
                + c.periodLabel() + " " + c.cellText();
    }

    private static Object[][] withoutRow1(Object[][] rows) {
        Object[][] copy = rows.clone();
        copy[0] = null;
        return copy;
    }

    private static Map<String, Object[][]> sheets(Object... namesAndRows) {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRows.length; i += 2) {
            sheets.put((String) namesAndRows[i], (Object[][]) namesAndRows[i + 1]);
        }
        return sheets;
    }

    private static BiConsumer<String, Worksheet> none() {
        return (name, ws) -> { };
    }

    private static byte[] book(Map<String, Object[][]> sheets, BiConsumer<String, Worksheet> more) {
        return xlsx(sheets, more);
    }

    /** Rows as Excel saves them to CSV: every row as wide as the widest, quoted where needed. */
    static String toCsv(Object[][] rows) {
        int width = Stream.of(rows).filter(r -> r != null).mapToInt(r -> r.length).max().orElse(0);
        StringBuilder csv = new StringBuilder();
        for (Object[] row : rows) {
            for (int c = 0; c < width; c++) {
                Object v = row != null && c < row.length ? row[c] : null;
                String text = v == null ? "" : v.toString();
                if (text.contains(",") || text.contains("\n") || text.contains("\"")) {
                    text = '"' + text.replace("\"", "\"\"") + '"';
                }
                csv.append(c == 0 ? "" : ",").append(text);
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
