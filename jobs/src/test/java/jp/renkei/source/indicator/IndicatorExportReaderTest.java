package jp.renkei.source.indicator;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.dec;
import static jp.renkei.input.SpreadsheetFiles.write;
import static jp.renkei.input.SpreadsheetFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SpreadsheetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorExportReaderTest {

    /** The 時系列 export of the Gyoda progress report, as Excel saves it to CSV. */
    static final String GYODA_CSV = """
            出力日：2023/09/01 確認している地域：埼玉県行田市,,,,,,,\r
            地域,指標,単位,H29年,H30年,R1年,R2年,R3年\r
            行田市,退院・退所加算,回（人口10万対）,427.8,573.5,542.4,516.0,537\r
            埼玉県,退院・退所加算,回（人口10万対）,105.3,194.5,198.3,96.9,204.6\r
            """;

    static final String TIME_SERIES_SHEET = "表形式（時系列）";
    static final String REGIONAL_SHEET = "表形式（地域別）";

    @TempDir
    Path dir;

    private final IndicatorExportReader reader = new IndicatorExportReader();

    @ParameterizedTest
    @ValueSource(strings = {"windows-31j", "UTF-8 with BOM", "UTF-8"})
    void readsATimeSeriesCsvInEachEncoding(String encoding) {
        String file = "indicators/δ1-c_医療介護連携_時系列 (3).csv";
        IndicatorExport read = reader.read(write(dir, file, csv(GYODA_CSV, encoding)), file);

        assertThat(read.export()).isEqualTo(new ParsedExport(file, "δ1-c", "医療介護連携", ExportLayout.TIME_SERIES, null,
                LocalDate.of(2023, 9, 1), "埼玉県行田市", encoding,
                List.of("地域", "指標", "単位", "H29年", "H30年", "R1年", "R2年", "R3年"), null, 2, List.of(3, 4, 5, 6, 7)));
        assertThat(read.rowProblems()).isEmpty();
        String unit = "回（人口10万対）";
        String series = "退院・退所加算";
        assertThat(read.cells()).containsExactly(
                new ExportCell(file, 3, "D", "H29年", "行田市", series, unit, "H29年", "427.8"),
                new ExportCell(file, 3, "E", "H30年", "行田市", series, unit, "H30年", "573.5"),
                new ExportCell(file, 3, "F", "R1年", "行田市", series, unit, "R1年", "542.4"),
                new ExportCell(file, 3, "G", "R2年", "行田市", series, unit, "R2年", "516.0"),
                new ExportCell(file, 3, "H", "R3年", "行田市", series, unit, "R3年", "537"),
                new ExportCell(file, 4, "D", "H29年", "埼玉県", series, unit, "H29年", "105.3"),
                new ExportCell(file, 4, "E", "H30年", "埼玉県", series, unit, "H30年", "194.5"),
                new ExportCell(file, 4, "F", "R1年", "埼玉県", series, unit, "R1年", "198.3"),
                new ExportCell(file, 4, "G", "R2年", "埼玉県", series, unit, "R2年", "96.9"),
                new ExportCell(file, 4, "H", "R3年", "埼玉県", series, unit, "R3年", "204.6"));
    }

    @Test
    void readsATimeSeriesWorkbookFromItsSheet() {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("グラフ", new Object[][] {{"not this sheet"}});
        sheets.put(TIME_SERIES_SHEET, new Object[][] {
                {"出力日:2024/03/05", "確認している地域：埼玉県行田市"},
                {"地域", "指標", "単位", 2000, dec("2000.0"), " 令和7年3月末時点 "},
                {"行田市", "第1号被保険者数", "（人）", 427.8, dec("516.0"), " 25010 "},
                {"全国", "第1号被保険者数", "（人）", "－", null, 35_000_000},
                {"", ""},
                null});
        String file = "B1_第1号被保険者数_時系列.xlsx";
        IndicatorExport read = reader.read(write(dir, file, xlsx(sheets)), file);

        assertThat(read.export()).isEqualTo(new ParsedExport(file, "B1", "第1号被保険者数", ExportLayout.TIME_SERIES, null,
                LocalDate.of(2024, 3, 5), "埼玉県行田市", "xlsx", List.of("地域", "指標", "単位", "2000", "2000.0", "令和7年3月末時点"),
                TIME_SERIES_SHEET, 2, List.of(3, 4, 5)));
        assertThat(read.rowProblems()).isEmpty();
        assertThat(read.cells()).containsExactly(
                new ExportCell(file, 3, "D", "2000", "行田市", "第1号被保険者数", "（人）", "2000", "427.8"),
                new ExportCell(file, 3, "E", "2000.0", "行田市", "第1号被保険者数", "（人）", "2000.0", "516.0"),
                new ExportCell(file, 3, "F", "令和7年3月末時点", "行田市", "第1号被保険者数", "（人）", "令和7年3月末時点", "25010"),
                new ExportCell(file, 4, "D", "2000", "全国", "第1号被保険者数", "（人）", "2000", "－"),
                new ExportCell(file, 4, "E", "2000.0", "全国", "第1号被保険者数", "（人）", "2000.0", ""),
                new ExportCell(file, 4, "F", "令和7年3月末時点", "全国", "第1号被保険者数", "（人）", "令和7年3月末時点", "35000000"));
    }

    @Test
    void readsARegionalWorkbookWithTheYearFromItsName() {
        String file = "δ1-c_医療介護連携_2023_地域別.xlsx";
        byte[] book = xlsx(SpreadsheetFiles.sheet(REGIONAL_SHEET, new Object[][] {
                {"出力日：2023/09/01"},
                {"指標", "単位", "行田市", "埼玉県", "全国"},
                {"入院時情報連携加算 算定率", "（%）", 12.5, 10.25, "-"},
                {"看取り介護加算", "[認定者1万対]", 3, null, 4.75}}));
        IndicatorExport read = reader.read(write(dir, file, book), file);

        assertThat(read.export()).isEqualTo(new ParsedExport(file, "δ1-c", "医療介護連携", ExportLayout.REGIONAL, 2023,
                LocalDate.of(2023, 9, 1), null, "xlsx", List.of("指標", "単位", "行田市", "埼玉県", "全国"),
                REGIONAL_SHEET, 2, List.of(2, 3, 4)));
        assertThat(read.rowProblems()).isEmpty();
        assertThat(read.cells()).containsExactly(
                new ExportCell(file, 3, "C", "行田市", "行田市", "入院時情報連携加算 算定率", "（%）", null, "12.5"),
                new ExportCell(file, 3, "D", "埼玉県", "埼玉県", "入院時情報連携加算 算定率", "（%）", null, "10.25"),
                new ExportCell(file, 3, "E", "全国", "全国", "入院時情報連携加算 算定率", "（%）", null, "-"),
                new ExportCell(file, 4, "C", "行田市", "行田市", "看取り介護加算", "[認定者1万対]", null, "3"),
                new ExportCell(file, 4, "D", "埼玉県", "埼玉県", "看取り介護加算", "[認定者1万対]", null, ""),
                new ExportCell(file, 4, "E", "全国", "全国", "看取り介護加算", "[認定者1万対]", null, "4.75"));
    }

    @Test
    void skipsRowsThatCannotBeLabelledAndSaysWhy() {
        String text = """
                出力日：2023/09/01,,,,\r
                地域,指標,単位,H29年,H30年\r
                行田市,退院・退所加算,回,1,2\r
                ,退院・退所加算,回,3,4\r
                埼玉県,　,回,5,6\r
                全国,退院・退所加算,回,7,8,注\r
                ,,,,\r
                熊谷市,退院・退所加算,回,9,10\r
                鴻巣市,退院・退所加算,回,11\
                """;
        String file = "A9_退院_時系列.csv";
        IndicatorExport read = reader.read(write(dir, file, csv(text, "windows-31j")), file);

        assertThat(read.cells()).extracting(ExportCell::row, ExportCell::column, ExportCell::cellText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "D", "1"), org.assertj.core.groups.Tuple.tuple(3, "E", "2"),
                org.assertj.core.groups.Tuple.tuple(8, "D", "9"), org.assertj.core.groups.Tuple.tuple(8, "E", "10"));
        assertThat(read.rowProblems()).extracting(InputProblem::message).containsExactly(
                "A9_退院_時系列.csv row 4 column A (地域): blank 地域: found nothing, expected a region name",
                "A9_退院_時系列.csv row 5 column B (指標): blank 指標: found nothing, expected a series name",
                "A9_退院_時系列.csv row 6 column F: value in a column without a header: found \"注\", "
                        + "expected nothing right of column E, the last column of the header",
                "A9_退院_時系列.csv row 9: row has 4 of 5 columns; the file may be truncated: "
                        + "found \"鴻巣市,退院・退所加算,回,11\", expected 5 columns, as in the header");
    }

    @Test
    void handsCellsToAConsumerAsTheyAreLabelled() {
        String file = "A1_x_時系列.csv";
        List<ExportCell> cells = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ParsedExport export = reader.read(write(dir, file, csv(GYODA_CSV, "UTF-8")), file, cells::add, problems::add);

        assertThat(export.exportId()).isEqualTo("A1");
        assertThat(cells).hasSize(10).first().isEqualTo(
                new ExportCell(file, 3, "D", "H29年", "行田市", "退院・退所加算", "回（人口10万対）", "H29年", "427.8"));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void readsANationalSizeExport(String extension) {
        int regions = 1800;
        int periods = 20;
        Object[][] rows = new Object[regions + 2][];
        rows[0] = new Object[] {"出力日：2025/04/01"};
        rows[1] = new Object[periods + 3];
        rows[1][0] = "地域";
        rows[1][1] = "指標";
        rows[1][2] = "単位";
        for (int p = 0; p < periods; p++) {
            rows[1][p + 3] = "R" + (p + 1) + "年";
        }
        for (int r = 0; r < regions; r++) {
            Object[] row = rows[r + 2] = new Object[periods + 3];
            row[0] = "市" + r;
            row[1] = "第1号被保険者数";
            row[2] = "（人）";
            for (int p = 0; p < periods; p++) {
                row[p + 3] = dec(r + "." + p);
            }
        }
        byte[] bytes = extension.equals("xlsx") ? xlsx(SpreadsheetFiles.sheet(TIME_SERIES_SHEET, rows)) : csv(toCsv(rows), "windows-31j");
        String file = "B1_第1号被保険者数_時系列." + extension;
        Path path = write(dir, file, bytes);

        long start = System.nanoTime();
        IndicatorExport read = reader.read(path, file);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(read.cells()).hasSize(regions * periods);
        assertThat(read.cells().getLast()).isEqualTo(
                new ExportCell(file, regions + 2, "W", "R20年", "市1799", "第1号被保険者数", "（人）", "R20年", "1799.19"));
        assertThat(millis).as("milliseconds to read %d cells", regions * periods).isLessThan(5_000);
    }

    private static String toCsv(Object[][] rows) {
        StringBuilder csv = new StringBuilder();
        for (Object[] row : rows) {
            for (int c = 0; c < rows[1].length; c++) {
                csv.append(c == 0 ? "" : ",").append(c < row.length && row[c] != null ? row[c] : "");
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static Stream<Arguments> unreadableExports() {
        byte[] gyodaXlsx = xlsx(SpreadsheetFiles.sheet(TIME_SERIES_SHEET, new Object[][] {
                {"出力日：2023/09/01"}, {"地域", "指標", "単位", "H29年"}, {"行田市", "退院・退所加算", "回", 427.8}}));
        String ts = "A1_x_時系列.csv";
        return Stream.of(
                // EUC-JP bytes that the strict CP932 decoder happens to accept as half-width katakana
                Arguments.of("A1_x_2023_地域別.csv", "指標,単位,行田市\r\n指標,単位,行田市\r\n".getBytes(charset("EUC-JP")),
                        "A1_x_2023_地域別.csv: no header row with 指標 and 単位 followed by region names in the first 10 rows "
                                + "(the file was read as windows-31j; if the text is garbled the file has another encoding: save it "
                                + "from Excel as CSV UTF-8 or CSV (コンマ区切り)): found \"row 1: ｻﾘﾉｸ, ﾃｱｰﾌ, ｹﾔﾅﾄｻﾔ; row 2: ｻﾘﾉｸ, ﾃｱｰﾌ, ｹﾔﾅﾄｻﾔ\", "
                                + "expected the header 指標, 単位, then one column per region"),
                // Latin-1 text whose é pairs with the next letter into a CP932 kanji, so that it decodes as nonsense
                Arguments.of(ts, "Date: 2023/09/01\r\nRégion,Indicateur,Unités,2017\r\n".getBytes(StandardCharsets.ISO_8859_1),
                        "A1_x_時系列.csv: no header row with 地域, 指標 and 単位 in the first 10 rows (the file was read as "
                                + "windows-31j; if the text is garbled the file has another encoding: save it from Excel as CSV UTF-8 or "
                                + "CSV (コンマ区切り)): found \"row 1: Date: 2023/09/01; row 2: R馮ion, Indicateur, Unit駸, 2017\", "
                                + "expected the header 地域, 指標, 単位, then one column per period"),
                Arguments.of(ts, csv("出力日：2023/09/01,,,\r\n地域,指標,H29年,H30年\r\n行田市,x,1,2\r\n", "windows-31j"),
                        "A1_x_時系列.csv row 2: header is missing the column 単位: found \"地域, 指標, H29年, H30年\", "
                                + "expected the header 地域, 指標, 単位, then one column per period"),
                Arguments.of("A1_x_2023_地域別.csv", csv("出力日：2023/09/01,,\r\n指標,行田市,埼玉県\r\nx,1,2\r\n", "UTF-8"),
                        "A1_x_2023_地域別.csv row 2: header is missing the column 単位: found \"指標, 行田市, 埼玉県\", "
                                + "expected the header 指標, 単位, then one column per region"),
                Arguments.of(ts, csv("出力日：2023/09/01,,,\r\n" + "注,,,\r\n".repeat(10) + "地域,指標,単位,H29年\r\n行田市,x,回,1\r\n",
                                "UTF-8"),
                        "A1_x_時系列.csv: no header row with 地域, 指標 and 単位 in the first 10 rows (the file was read as UTF-8; "
                                + "if the text is garbled the file has another encoding: save it from Excel as CSV UTF-8 or CSV (コンマ区切り)): "
                                + "found \"row 1: 出力日：2023/09/01; row 2: 注; row 3: 注\", expected the header 地域, 指標, 単位, then one column per period"),
                Arguments.of("A1_x_時系列.xlsx", xlsx(SpreadsheetFiles.sheet("グラフ", new Object[][] {{"出力日：2023/09/01"}})),
                        "A1_x_時系列.xlsx: no table sheet: found \"the sheets グラフ\", expected one sheet named 表形式（時系列） or "
                                + "表形式（地域別）, or one whose name starts with 表形式 or is 表 (graph, 順位 and hidden sheets are never read)"),
                Arguments.of(ts, csv("出力日：2023/09/01,,\r\n指標,単位,行田市\r\nx,回,1\r\n", "UTF-8"),
                        "A1_x_時系列.csv row 2: the file name and the header disagree on the layout: "
                                + "found \"a 地域別 header: 指標, 単位, 行田市\", expected the 時系列 header 地域, 指標, 単位, "
                                + "then one column per period, as the file name ending _時系列 says"),
                Arguments.of("A1_x_2023_地域別.csv", csv("出力日：2023/09/01,,,\r\n地域,指標,単位,H29年\r\n行田市,x,回,1\r\n", "UTF-8"),
                        "A1_x_2023_地域別.csv row 2: the file name and the header disagree on the layout: "
                                + "found \"a 時系列 header: 地域, 指標, 単位, H29年\", expected the 地域別 header 指標, 単位, "
                                + "then one column per region, as the file name ending _{YYYY}_地域別 says"),
                Arguments.of("A1_x_2023_地域別.xlsx", gyodaXlsx,
                        "A1_x_2023_地域別.xlsx: the file name and the workbook disagree on the layout: "
                                + "found \"the sheet 表形式（時系列）\", expected the sheet 表形式（地域別）, as the file name ending _{YYYY}_地域別 says"),
                Arguments.of(ts, csv("出力日：2023/13/01,,,\r\n地域,指標,単位,H29年\r\n行田市,x,回,1\r\n", "UTF-8"),
                        "A1_x_時系列.csv row 1 column A: 出力日 is not a date: found \"出力日：2023/13/01\", expected 出力日：YYYY/MM/DD"),
                Arguments.of(ts, csv("出力日：2023/09/01,,\r\n地域,指標,単位\r\n行田市,x,回\r\n", "UTF-8"),
                        "A1_x_時系列.csv row 2: header has no period columns: found \"地域, 指標, 単位\", "
                                + "expected the header 地域, 指標, 単位, then one column per period"),
                Arguments.of(ts, csv("出力日：2023/09/01,,,\r\n地域,指標,単位,H29年\r\n行田市,\"x,回,1\r\n", "windows-31j"),
                        "A1_x_時系列.csv row 3: quoted field never closed; the file may be truncated: "
                                + "found \"\"x,回,1↵\", expected a closing quote (\") before the end of the file"),
                Arguments.of("A1_x_時系列.xlsx", Arrays.copyOf(gyodaXlsx, gyodaXlsx.length / 2),
                        "A1_x_時系列.xlsx: damaged .xlsx workbook: found \"a zip archive whose directory cannot be read; "
                                + "the file may be truncated\", expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of(ts, new byte[0], "A1_x_時系列.csv: empty file: found \"0 bytes\", expected CSV text with a table"),
                Arguments.of("A1_x_時系列.xlsx", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII),
                        "A1_x_時系列.xlsx: not an .xlsx workbook: found \"a PDF document\", expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("行田市_退院_時系列.csv", csv(GYODA_CSV, "UTF-8"),
                        "行田市_退院_時系列.csv: not a 見える化 export file name: found \"行田市_退院_時系列.csv\", expected "
                                + "{指標ID}_{指標名}_時系列.xlsx or {指標ID}_{指標名}_{YYYY}_地域別.xlsx (or .csv), "
                                + "e.g. A1_第1号被保険者数_時系列.xlsx or δ1-c_医療介護連携_2023_地域別.csv"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("unreadableExports")
    void unreadableExportsFailWithAPlainMessage(String file, byte[] bytes, String message) {
        Path path = write(dir, file, bytes);
        assertThatThrownBy(() -> reader.read(path, file))
                .isInstanceOf(InputFileException.class)
                .hasMessage(message);
    }

    private static java.nio.charset.Charset charset(String name) {
        return java.nio.charset.Charset.forName(name);
    }
}
