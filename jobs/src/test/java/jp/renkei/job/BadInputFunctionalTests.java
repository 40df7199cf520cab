package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputInventory;
import jp.renkei.testsupport.DuckDbFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus, each case run through the real load ({@link NightlyLoad#run}) on a copy of the sample
 * input: first a good load (the "previously published" state), then the copy broken in one way and loaded
 * for the next day. A 見える化 book that cannot be read is rejected whole: the other books load and publish, the
 * values it supplied before stay, and the load exits 4. Any other file that cannot be read fails the load with exit
 * code 1, its message on stderr, and leaves the published warehouse and every snapshot file byte for byte as they
 * were; a bad row is rejected (load_reject and output/rejects/&lt;kind&gt;.csv) and everything else of the input is
 * loaded.
 */
class BadInputFunctionalTests extends LoadWorkspace {

    /** One bad row of a 22-value sample drops more than the default 20 %: here that is the point, not a problem. */
    @Override
    String[] settings() {
        return new String[] {"renkei.check-max-row-drop=0.5"};
    }

    static final Path REAL_REFERENCE = Path.of("../shared/data/reference");
    static final LocalDate DAY1 = LocalDate.of(2026, 11, 24);
    static final LocalDate DAY2 = LocalDate.of(2026, 11, 25);
    static final Charset CP932 = Charset.forName("windows-31j");

    /** CP932, saved from a real book (every row starts with an empty field): 入院時情報連携加算, 行田市 and 埼玉県. */
    static final String CSV2 = "indicators/δ1-c_医療介護連携_時系列 (2).csv";
    static final String CSV3 = "indicators/δ1-c_医療介護連携_時系列 (3).csv"; // UTF-8 with BOM: 在宅死亡者数（自宅）, 行田市
    /** A real book (graph sheet first, column A empty): 退院・退所加算 and its 偏差値, 行田市 and 埼玉県. */
    static final String XLSX = "indicators/δ1-c_医療介護連携_時系列.xlsx";
    static final String CENSUS = "population/population_census_2020_estat_excerpt.csv";
    static final String REGIONS = "reference/regions.csv";

    /** The sample's facts: 10 + 2 + 20 indicator values, 6 population figures, 7 activity records. */
    static final int INDICATOR_FACTS = 32;
    static final int CSV2_FACTS = 10;
    static final int XLSX_FACTS = 20;


    Map<String, String> published;


    @BeforeEach
    void loadTheGoodInputFirst() throws IOException {
        sampleLoadedOn(DAY1);
        published = publishedFiles();
        assertThat(published).containsKey("warehouse.duckdb").containsKey("parquet/_manifest.json")
                .containsKey("parquet/indicator_values/snapshot_date=2026-11-24/part-δ1-c.parquet");
    }

    // ---------------------------------------------------------------- files that cannot be read

    @Test
    void indicatorCsvInEucJp() {
        write(CSV2, read(CSV2, CP932), Charset.forName("EUC-JP"));
        assertBookRejected(CSV2_FACTS, CSV2 + " row 1: unsupported encoding: found \"text that decodes as EUC-JP (the bytes 0xFC at "
                + "byte offset 5 are not CP932)\", expected UTF-8 or CP932 (windows-31j) text: save it from Excel as "
                + "CSV UTF-8 or CSV (コンマ区切り)");
    }

    @Test
    void indicatorCsvInUtf16() {
        write(CSV2, read(CSV2, CP932), StandardCharsets.UTF_16); // with a byte-order mark, as Excel's Unicode テキスト
        assertBookRejected(CSV2_FACTS, CSV2 + ": unsupported encoding: found \"UTF-16 text (a UTF-16 byte-order mark or NUL bytes)\", "
                + "expected UTF-8 or CP932 (windows-31j) text");
    }

    @Test
    void censusCsvCutInsideAQuotedField() {
        String census = read(CENSUS, StandardCharsets.UTF_8);
        write(CENSUS, census.substring(0, census.indexOf("\"78,617") + 4), StandardCharsets.UTF_8); // ends "78,
        assertFileFails(CENSUS + " row 14: quoted field never closed; the file may be truncated: found \"\"78,\", "
                + "expected a closing quote (\") before the end of the file");
    }

    @Test
    void indicatorCsvCutInsideAQuotedField() {
        String[] lines = read(CSV2, CP932).split("\r\n");
        write(CSV2, lines[0] + "\r\n" + lines[1] + "\r\n" + lines[2] + "\r\n,埼玉県,\"入院時情報連携", CP932);
        assertBookRejected(CSV2_FACTS, CSV2 + " row 4: quoted field never closed; the file may be truncated: found \"\"入院時情報連携\", "
                + "expected a closing quote (\") before the end of the file");
    }

    @Test
    void xlsxCutInHalf() throws IOException {
        byte[] bytes = Files.readAllBytes(input.resolve(XLSX));
        Files.write(input.resolve(XLSX), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertBookRejected(XLSX_FACTS, XLSX + ": damaged .xlsx workbook: found \"a zip archive whose directory cannot be read; the file "
                + "may be truncated\", expected an .xlsx workbook (Excel 2007 or later)");
    }

    @Test
    void headerMissingTheUnitColumn() {
        String text = read(CSV2, CP932).lines()
                .map(l -> {
                    List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
                    cells.remove(3);
                    return String.join(",", cells);
                })
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        write(CSV2, text, CP932);
        assertBookRejected(CSV2_FACTS, CSV2 + " row 2: header is missing the column 単位: found \"地域, 指標, H29年, H30年, R1年, R2年, R3年\", "
                + "expected the header 地域, 指標, 単位, then one column per period");
    }

    @Test
    void unreadablePeriodHeader() {
        write(CSV2, read(CSV2, CP932).replace("R1年", "来年"), CP932);
        assertBookRejected(CSV2_FACTS, CSV2 + " row 2 column G: unreadable period header: found \"来年\", expected a period label such as "
                + "2020, 2000.0, H26, R元, 令和2年度, H29年, 平成26年4月, 令和2年3月末, 令和7年3月末時点, 令和5年5月現在, "
                + "令和5年1月20日 or R6（R7/2月サービス提供分まで）");
    }

    @Test
    void emptyFile() {
        write(CSV2, "", CP932);
        assertBookRejected(CSV2_FACTS, CSV2 + ": empty file: found \"0 bytes\", expected CSV text with a table");
    }

    @Test
    void pngSavedAsXlsx() throws IOException {
        Files.write(input.resolve(XLSX), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D,
                'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
        assertBookRejected(XLSX_FACTS, XLSX + ": not an .xlsx workbook: found \"a PNG image\", expected an .xlsx workbook (Excel 2007 or later)");
    }

    // ---------------------------------------------------------------- rows that cannot be loaded

    @Test
    void notANumber() throws IOException {
        write(CSV2, read(CSV2, CP932).replace("111.8", "abc"), CP932);
        String message = CSV2 + " row 3 column F (H30年): not a number: found \"abc\", expected a number or a missing-value "
                + "token (empty, -, －, ―, ‐, −)";
        assertRowsRejected("indicators", List.of(message), INDICATOR_FACTS - 1);
        // the whole rejects file, as Excel opens it: UTF-8 with a BOM, one header line, one line per reject
        assertThat(Files.readString(output.resolve("rejects/indicators.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFfile,row,column,found,expected,message\r\n"
                        + CSV2 + ",3,F (H30年),abc,\"a number or a missing-value token (empty, -, －, ―, ‐, −)\",\""
                        + message.replace("\"", "\"\"") + "\"\r\n");
    }

    @Test
    void absurdNumbersAreRejectedCellByCellNamingFileRowColumnFoundAndExpected() {
        write(CSV2, read(CSV2, CP932).replace("111.8", "1e99999999999").replace("74.8", "1e400"), CP932);
        String expected = "expected a number between -1e15 and 1e15 (at most 15 decimal places)";
        assertRowsRejected("indicators", List.of(
                CSV2 + " row 3 column F (H30年): number out of range: found \"1e99999999999\", " + expected,
                CSV2 + " row 4 column E (H29年): number out of range: found \"1e400\", " + expected), INDICATOR_FACTS - 2);
    }

    @Test
    void aHugeCellIsCutToAReadableLengthInTheMessageAndTheRejectsFile() throws IOException {
        String huge = "x".repeat(30_000);
        write(CSV2, read(CSV2, CP932).replace("111.8", huge), CP932);
        String found = "x".repeat(120) + "… (30,000 characters)";
        assertRowsRejected("indicators", List.of(CSV2 + " row 3 column F (H30年): not a number: found \"" + found
                + "\", expected a number or a missing-value token (empty, -, －, ―, ‐, −)"), INDICATOR_FACTS - 1);
        assertThat(Files.size(output.resolve("rejects/indicators.csv"))).isLessThan(2_000);
    }

    @Test
    void negativeCount() {
        write(CSV3, read(CSV3, StandardCharsets.UTF_8).replace(",115", ",-5"), StandardCharsets.UTF_8);
        assertRowsRejected("indicators", List.of(CSV3 + " row 3 column E (R1年): negative value: found \"-5\", "
                + "expected 0 or more: a rate in 人（人口10万対） cannot be negative"), INDICATOR_FACTS - 1);
    }

    @Test
    void unknownRegionName() {
        write(CSV2, read(CSV2, CP932).replace("埼玉県,入院", "熊谷市,入院"), CP932);
        assertRowsRejected("indicators", List.of(CSV2 + " row 4 column 地域: unknown region name: found \"熊谷市\", "
                + "expected a region name from the region master (input/reference/); every row of this region in the file "
                + "is skipped"), INDICATOR_FACTS - 5);
    }

    @Test
    void anInsurerUnionRejectsItsRowsOncePerFileUntilTheRegionMasterListsIt() {
        String union = "大雪地区広域連合";
        write(CSV2, read(CSV2, CP932) + "," + union + ",入院時情報連携加算,人（人口10万対）,1,2,3,4,5\r\n", CP932);
        write(CSV3, read(CSV3, StandardCharsets.UTF_8) + union + ",在宅死亡者数（自宅）,人（人口10万対）,80,81\r\n",
                StandardCharsets.UTF_8);
        String expected = "expected a region name from the region master (input/reference/); every row of this region in "
                + "the file is skipped";
        // one message per file and region, not one per cell (5 + 2)
        assertRowsRejected("indicators", List.of(
                CSV2 + " row 5 column 地域: unknown region name: found \"" + union + "\", " + expected,
                CSV3 + " row 4 column 地域: unknown region name: found \"" + union + "\", " + expected), INDICATOR_FACTS);

        write(REGIONS, read(REGIONS, StandardCharsets.UTF_8).strip() + "\n010006,北海道,prefecture,000000\n"
                + "018503," + union + ",insurer,010006\n", StandardCharsets.UTF_8);
        Run day3 = load(DAY2.plusDays(1));
        assertThat(day3.exit()).as(day3.err()).isZero();
        assertThat(DuckDbFiles.query(warehouse(), "SELECT region_level, count(*) FROM v_indicator_values WHERE region_name = '"
                + union + "' GROUP BY ALL")).containsExactly(List.of("insurer", "7"));
        assertThat(output.resolve("rejects/indicators.csv")).doesNotExist();
    }

    /** Not bad input any more: a series no catalogue row names loads under a derived id, and the summary counts it. */
    @Test
    void aSeriesTheCatalogueDoesNotListLoadsUncatalogued() {
        write(CSV2, read(CSV2, CP932).replace("埼玉県,入院時情報連携加算", "埼玉県,入院時情報連携加算（新）"), CP932);

        Run run = load(DAY2);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(" 0 rejected, ").contains(", 1 uncatalogued series");
        assertThat(DuckDbFiles.query(warehouse(), """
                SELECT indicator_name, catalogued, count(*), list(published_value ORDER BY period_key)
                FROM v_indicator_values WHERE indicator_id = 'δ1-c.入院時情報連携加算(新)' AND region_code = '110001'
                GROUP BY ALL""")).containsExactly(List.of("入院時情報連携加算（新）", "false", "5", "[74.8, 51.8, 58.5, 31.3, 63.1]"));
        assertThat(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM fct_indicator_value"))
                .containsExactly(List.of(String.valueOf(INDICATOR_FACTS)));
    }

    @Test
    void ambiguousRegionNameWithoutPrefectureContext() {
        // both 府中市 in the region master; the export names only 埼玉県 (its 確認している地域 and a row)
        write(REGIONS, read(REGIONS, StandardCharsets.UTF_8).strip() + "\n130001,東京都,prefecture,000000\n"
                + "132063,府中市,municipality,130001\n340006,広島県,prefecture,000000\n342084,府中市,municipality,340006\n",
                StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(read(CSV2, CP932).split("\r\n")));
        lines.add(3, lines.get(2).replace("行田市", "府中市"));
        write(CSV2, String.join("\r\n", lines) + "\r\n", CP932);
        assertRowsRejected("indicators", List.of(CSV2 + " row 4 column 地域: ambiguous region name: found \"府中市\", "
                + "expected a name unique within the file's prefectures; candidates: 132063 (東京都), 342084 (広島県); "
                + "write it as 都道府県名+市区町村名 (e.g. 東京都府中市); every row of this region in the file is skipped"),
                INDICATOR_FACTS);
        assertThat(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM dim_region WHERE region_level <> 'district'"))
                .containsExactly(List.of("7"));
    }

    @Test
    void regionCodeWithABadCheckDigit() {
        write(REGIONS, read(REGIONS, StandardCharsets.UTF_8).replace("112062,", "112061,"), StandardCharsets.UTF_8);
        assertRowsRejected("reference", List.of(REGIONS + " row 4 column region_code: wrong check digit: found \"112061\", "
                + "expected 112062 (the check digit of 11206 is 2)"), INDICATOR_FACTS);
        // 112061 never reaches dim_region; 行田市 stays as the good load left it
        assertThat(DuckDbFiles.query(warehouse(), "SELECT region_code FROM dim_region WHERE region_level <> 'district' ORDER BY 1"))
                .containsExactly(List.of("000000"), List.of("110001"), List.of("112062"));
        // the next night, nothing changed: the region master is not read again, and its reject stays reported
        assertThat(load(DAY2.plusDays(1)).exit()).isZero();
        assertThat(rejectsCsv("reference")).extracting(r -> r.get("message")).containsExactly(REGIONS
                + " row 4 column region_code: wrong check digit: found \"112061\", expected 112062 (the check digit of 11206 is 2)");
    }

    @Test
    void sameRegionAndSeriesTwiceInOneExport() {
        List<String> lines = new ArrayList<>(List.of(read(CSV2, CP932).split("\r\n")));
        lines.add(3, lines.get(2)); // row 4 repeats row 3 (行田市, 入院時情報連携加算)
        write(CSV2, String.join("\r\n", lines) + "\r\n", CP932);
        List<String> messages = new ArrayList<>();
        String[][] cells = {{"E", "CY2017"}, {"F", "CY2018"}, {"G", "CY2019"}, {"H", "CY2020"}, {"I", "CY2021"}};
        for (String[] c : cells) {
            messages.add(CSV2 + " row 4 column " + c[0] + ": duplicated row: found \"δ1-c.入院時情報連携加算 / 112062 / " + c[1]
                    + "\", expected one row per indicator, region, period and display mode (the same key is at " + CSV2 + " row 3)");
        }
        assertRowsRejected("indicators", messages, INDICATOR_FACTS);
    }

    @Test
    void sameFigureInTwoExportFiles() throws IOException {
        String copy = "indicators/δ1-c_医療介護連携_時系列 (4).csv"; // the browser's next download of (3)
        Files.copy(input.resolve(CSV3), input.resolve(copy));
        List<String> messages = new ArrayList<>();
        for (String[] c : new String[][] {{"D", "CY2018"}, {"E", "CY2019"}}) {
            messages.add(copy + " row 3 column " + c[0] + ": duplicated row: found \"δ1-c.在宅死亡者数自宅 / 112062 / " + c[1]
                    + "\", expected one row per indicator, region, period and display mode (the same key is at " + CSV3 + " row 3)");
        }
        assertRowsRejected("indicators", messages, INDICATOR_FACTS);
    }

    // ---------------------------------------------------------------- the real reference files

    @Test
    void realRegionMasterAndCensusLoadInPlace() throws IOException {
        Path master = REAL_REFERENCE.resolve("localgovjp-utf8.csv");
        Path census = REAL_REFERENCE.resolve("population_census_2020_estat.csv");
        assertThat(master).as("the shared reference data, beside the repository").isRegularFile();
        assertThat(census).isRegularFile();
        Files.delete(input.resolve(REGIONS));
        Files.delete(input.resolve(CENSUS));
        Files.copy(master, input.resolve("reference/localgovjp-utf8.csv"));
        Files.copy(census, input.resolve("population/population_census_2020_estat.csv"));

        Run run = load(DAY2);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(output.resolve("rejects")).isEmptyDirectory();
        assertThat(DuckDbFiles.query(warehouse(), "SELECT region_level, count(*) FROM dim_region GROUP BY 1 ORDER BY 1"))
                .containsExactly(List.of("district", "12"), List.of("municipality", "1741"), List.of("nation", "1"),
                        List.of("prefecture", "47"), List.of("ward", "175")); // the 地区 come from the sample survey
        List<List<String>> codes = DuckDbFiles.query(warehouse(), "SELECT region_code FROM dim_region WHERE region_level <> 'district'");
        assertThat(codes).hasSize(1964);
        assertThat(codes).allSatisfy(c -> assertThat(LocalGovCode.isValid(c.get(0))).as(c.get(0)).isTrue());
        assertThat(DuckDbFiles.query(warehouse(), """
                SELECT region_code, base, population FROM fct_population
                WHERE region_code IN ('112062', '110001') AND as_of_date = DATE '2020-10-01' ORDER BY 1, 2"""))
                .containsExactly(List.of("110001", "65歳以上人口", "1934994"), List.of("110001", "総人口", "7344765"),
                        List.of("112062", "65歳以上人口", "25010"), List.of("112062", "総人口", "78617"));
        assertThat(factsFromThisInput("fct_indicator_value")).isEqualTo(INDICATOR_FACTS);
    }

    // ---------------------------------------------------------------- helpers

    /** The load fails on a file: exit 1, the message on stderr, no stack trace, nothing published changed. */
    void assertFileFails(String message) {
        Run run = load(DAY2);
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(failedHeadline(), "  " + message);
        assertThat(run.log()).doesNotContain("\tat ", "Exception");
        assertThat(publishedFiles()).as("the published warehouse and snapshot, byte for byte").isEqualTo(published);
    }

    /**
     * The book is rejected whole with this message (a reject without a row, on stderr after the summary), the load
     * exits 4 and publishes everything else, and the values the book supplied on day 1 ({@code itsFacts}) are still
     * there; the next night, unchanged, it is read again and rejected again.
     */
    void assertBookRejected(int itsFacts, String message) {
        Run run = load(DAY2);
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.UNREADABLE_BOOKS);
        assertThat(run.err().lines()).containsExactly("renkei: 1 book(s) could not be read and were rejected whole; what they "
                + "supplied at the last publish is kept, and every other book was loaded:", "  " + message);
        assertThat(run.log()).doesNotContain("\tat ", "Exception");
        assertThat(run.out()).contains("1 book not readable");
        String loadId = InputInventory.scan(input).loadId(DAY2);
        assertThat(DuckDbFiles.query(warehouse(), "SELECT message FROM load_reject WHERE load_id = '" + loadId + "'"))
                .containsExactly(List.of(message));
        assertThat(rejectsCsv("indicators")).extracting(r -> r.get("message")).containsExactly(message);
        // published for day 2, with the book's day-1 values kept beside everything the other books supplied
        assertThat(output.resolve("parquet/indicator_values/snapshot_date=2026-11-25/part-δ1-c.parquet")).exists();
        assertThat(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM fct_indicator_value"))
                .containsExactly(List.of(String.valueOf(INDICATOR_FACTS)));
        assertThat(factsFromThisInput("fct_indicator_value")).isEqualTo(INDICATOR_FACTS - itsFacts);
        assertThat(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM fct_population")).containsExactly(List.of("6"));

        Run next = load(DAY2.plusDays(1));
        assertThat(next.exit()).as(next.err()).isEqualTo(ExitCode.UNREADABLE_BOOKS);
        assertThat(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM fct_indicator_value"))
                .containsExactly(List.of(String.valueOf(INDICATOR_FACTS)));
    }

    /**
     * The load completes with exactly these rejects of this load (in load_reject and in rejects/&lt;kind&gt;.csv),
     * and {@code loadedFromThisInput} indicator values came from this input's files; the other sources are
     * loaded whole.
     */
    void assertRowsRejected(String kind, List<String> messages, int loadedFromThisInput) {
        Run run = load(DAY2);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String loadId = InputInventory.scan(input).loadId(DAY2);
        assertThat(DuckDbFiles.query(warehouse(), "SELECT source_kind, message FROM load_reject WHERE load_id = '" + loadId
                + "' ORDER BY relative_path, source_row, source_column, message"))
                .containsExactlyElementsOf(messages.stream().map(m -> List.of(kind, m)).toList());
        List<CSVRecord> csv = rejectsCsv(kind);
        assertThat(csv).extracting(r -> r.get("message")).containsExactlyInAnyOrderElementsOf(messages);
        for (CSVRecord r : csv) {
            // every column of the CSV agrees with the message it carries
            String where = r.get("file") + " row " + r.get("row") + (r.get("column").isEmpty() ? "" : " column " + r.get("column"));
            assertThat(r.get("message")).startsWith(where + ": ")
                    .contains(": found \"" + r.get("found") + "\", expected " + r.get("expected"));
        }
        assertThat(Stream.of("indicators", "population", "reference", "activities").filter(k -> !k.equals(kind))
                .map(k -> output.resolve("rejects/" + k + ".csv"))).allSatisfy(p -> assertThat(p).doesNotExist());

        assertThat(factsFromThisInput("fct_indicator_value")).as("indicator values from this input").isEqualTo(loadedFromThisInput);
        assertThat(factsFromThisInput("fct_population")).as("census figures").isEqualTo(6);
        assertThat(factsFromThisInput("fct_activity")).as("activity records").isEqualTo(7);
        // a changed export replaces the values of its old version: nothing of the good load survives a rejected cell
        assertThat(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM fct_indicator_value"))
                .containsExactly(List.of(String.valueOf(loadedFromThisInput)));
        assertThat(output.resolve("parquet/indicator_values/snapshot_date=2026-11-25/part-δ1-c.parquet")).exists();
        assertThat(publishedFiles().get("warehouse.duckdb")).isNotEqualTo(published.get("warehouse.duckdb"));
    }

    /** Facts whose source file is one of this input's files at its current content. */
    int factsFromThisInput(String table) {
        String ids = InputInventory.scan(input).files().stream().map(InputFile::sourceFileId)
                .map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return Integer.parseInt(DuckDbFiles.query(warehouse(), "SELECT count(*) FROM " + table
                + " WHERE source_file_id IN (" + ids + ")").get(0).get(0));
    }

    List<CSVRecord> rejectsCsv(String kind) {
        Path file = output.resolve("rejects/" + kind + ".csv");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFfile,row,column,found,expected,message\r\n");
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1))).getRecords();
        } catch (IOException e) {
            throw new AssertionError(file + ": " + e, e);
        }
    }




}
