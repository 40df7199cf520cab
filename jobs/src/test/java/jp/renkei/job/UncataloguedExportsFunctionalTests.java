package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A folder of exports with no catalogue of its own, loaded whole and checked cell by cell: a rate, a count, a
 * projection, both display modes, a 1万対 rate whose numerator comes from a B4-a denominator, a % rate over
 * 第１号被保険者数, a （偏差値） series (an index, never normalised), an empty export, renkei's default catalogue at
 * work, and the conflict rule between population/ and an export. The books are shaped like real downloads saved as
 * CSV: every row starts with an empty field (column A is empty in the book), and row 1 has an ideographic space.
 */
class UncataloguedExportsFunctionalTests extends LoadWorkspace {

    static final LocalDate DAY1 = LocalDate.of(2026, 11, 24);
    static final LocalDate DAY2 = LocalDate.of(2026, 11, 25);
    static final String ROW1 = "出力日：2026/08/25　確認している地域：埼玉県行田市\n";
    static final String FOCUSED = "indicators/B5-a_在宅医療_時系列 (7).csv";
    static final String COMPARED = "indicators/B5-a_在宅医療_時系列 (8).csv";

    @BeforeEach
    void folder() throws IOException {
        input = dir.resolve("input");
        output = dir.resolve("output");
        Files.createDirectories(input.resolve("reference"));
        Files.createDirectories(input.resolve("population"));
        Files.copy(Path.of("input/reference/regions.csv"), input.resolve("reference/regions.csv"));
        Files.copy(Path.of("input/population/population_census_2020_estat_excerpt.csv"),
                input.resolve("population/population_census_2020_estat_excerpt.csv"));
        Files.createDirectories(input.resolve("indicators"));
        export("indicators/δ1-c_医療介護連携_時系列.csv", "出力日：2023/09/01 確認している地域：埼玉県行田市\n", """
                地域,指標,単位,H29年,R2年
                行田市,退院・退所加算,件（人口10万対）,158.4,107.2
                行田市,退院・退所加算（偏差値）,（偏差値）,51.2,48.9
                """);
        export("indicators/D21_定期巡回・随時対応型訪問介護看護利用者数_時系列.csv", ROW1, "地域,指標,単位,令和5年度\n");
        export("indicators/X1_訪問診療_時系列.csv", ROW1, """
                地域,指標,単位,令和2年度,令和7年度
                行田市,訪問診療を受けた患者数,（人）,120,130
                """);
        export("indicators/A1_人口_時系列.csv", ROW1, """
                地域,指標,単位,2020,2025,2030
                行田市,総人口,（人）,"78,600","75,000","71,000"
                行田市,65歳以上人口,（人）,"25,010","25,500","26,000"
                """);
        export("indicators/B4-a_要介護認定率_時系列.csv", ROW1, """
                地域,指標,単位,令和4年3月末,令和5年3月末
                行田市,合計認定者数,（人）,4000,4100
                行田市,第１号被保険者数,（人）,25000,25100
                行田市,認定率,（%）,16.0,16.3
                """);
        export("indicators/X2_入退院支援_時系列.csv", ROW1, """
                地域,指標,単位,令和3年度,令和4年度
                行田市,入院時情報連携加算,[認定者1万対],240.0,250.0
                """);
        export(FOCUSED, ROW1, "地域,指標,単位,令和5年度\n行田市,【注目する地域のみ】在宅療養支援診療所数,（件）,5\n");
        export(COMPARED, ROW1, "地域,指標,単位,令和5年度\n行田市,【他地域と比較】在宅療養支援診療所数,（件）,7\n");
    }

    /** Row 1, then the table from column B: a leading empty field on every row, as Excel saves a real book. */
    private void export(String file, String row1, String table) {
        write(file, row1 + table.lines().map(line -> "," + line + "\n").collect(java.util.stream.Collectors.joining()),
                StandardCharsets.UTF_8);
    }

    @Test
    void loadsEverySeriesWithoutACatalogue_valuesEqualTheCells() {
        Run run = load(DAY1);

        assertThat(run.exit()).as(run.err()).isZero();
        // X1, X2, B5-a (one series in two modes), A1's two and δ1-c's 偏差値: the rest of δ1-c and B4-a are in
        // renkei's default catalogue
        assertThat(run.out()).contains("0 rejected").contains(", 6 uncatalogued series, 1 empty export");
        assertThat(query("SELECT count(*) FROM v_rejects")).containsExactly(List.of("0"));

        // a rate per 人口10万, catalogued by the default catalogue: the 2020 census is its denominator
        assertThat(value("δ1-c.退院退所加算", "R2年", "NULL")).containsExactly(List.of(
                "退院・退所加算（介護報酬）", "true", "[入退院支援]", "107.2", "総人口", "84.277424", "true", "78617",
                "2020-10-01", "107.2", "ok", "false"));
        // a count, uncatalogued: id from export ID and series name, the series name as name, no scenes
        assertThat(value("X1.訪問診療を受けた患者数", "令和2年度", "NULL")).containsExactly(List.of(
                "訪問診療を受けた患者数", "false", "[]", "120.0", "総人口", "120.0", "false", "78617", "2020-10-01",
                "152.638742", "ok", "false"));
        // 2025 is not after the 出力日's year: A1's 2025 figure is its denominator
        assertThat(value("X1.訪問診療を受けた患者数", "令和7年度", "NULL")).containsExactly(List.of(
                "訪問診療を受けた患者数", "false", "[]", "130.0", "総人口", "130.0", "false", "75000", "2025-10-01",
                "173.333333", "ok", "false"));
        // a 偏差値: an index, kept as published, never per 100,000, and not a failed check
        assertThat(query("""
                SELECT period_label, published_value, value_kind, rate_per_100k IS NULL, value_status FROM v_indicator_values
                WHERE indicator_id = 'δ1-c.退院・退所加算(偏差値)' ORDER BY period_key""")).containsExactly(
                List.of("H29年", "51.2", "index", "true", "not_normalised_index"),
                List.of("R2年", "48.9", "index", "true", "not_normalised_index"));
        // a projection: flagged, loaded, and never a denominator
        assertThat(query("""
                SELECT period_label, published_value, is_projection FROM v_indicator_values
                WHERE indicator_id = 'A1.総人口' ORDER BY period_key""")).containsExactly(
                List.of("2020", "78600.0", "false"), List.of("2025", "75000.0", "false"), List.of("2030", "71000.0", "true"));
        assertThat(query("""
                SELECT base, as_of_date, population, statistic FROM v_population
                WHERE region_code = '112062' ORDER BY as_of_date, base""")).containsExactly(
                List.of("65歳以上人口", "2020-10-01", "25010", "国勢調査"),
                List.of("総人口", "2020-10-01", "78617", "国勢調査"),
                List.of("第1号被保険者数", "2022-03-31", "25000", "見える化 B4-a"),
                List.of("認定者数", "2022-03-31", "4000", "見える化 B4-a"),
                List.of("第1号被保険者数", "2023-03-31", "25100", "見える化 B4-a"),
                List.of("認定者数", "2023-03-31", "4100", "見える化 B4-a"),
                List.of("65歳以上人口", "2025-10-01", "25500", "見える化 A1"),
                List.of("総人口", "2025-10-01", "75000", "見える化 A1"));
        // a 認定者1万対 rate: its numerator from B4-a's 合計認定者数 of the 3月末 that ends its 年度
        assertThat(value("X2.入院時情報連携加算", "令和4年度", "NULL")).containsExactly(List.of(
                "入院時情報連携加算", "false", "[]", "250.0", "認定者数", "102.5", "true", "4100", "2023-03-31",
                "2500.0", "ok", "false"));
        assertThat(value("X2.入院時情報連携加算", "令和3年度", "NULL")).containsExactly(List.of(
                "入院時情報連携加算", "false", "[]", "240.0", "認定者数", "96.0", "true", "4000", "2022-03-31",
                "2400.0", "ok", "false"));
        // a % rate over 第１号被保険者数 (the default catalogue names the base; the unit does not)
        assertThat(value("B4-a.認定率", "令和5年3月末", "NULL")).containsExactly(List.of(
                "認定率", "true", "[]", "16.3", "第1号被保険者数", "4091.3", "true", "25100", "2023-03-31",
                "16300.0", "ok", "false"));
        // both display modes, one indicator, told apart by display_mode
        assertThat(modes()).containsExactly(List.of("他地域と比較", "7.0", "B5-a_在宅医療_時系列 (8).csv"),
                List.of("注目する地域のみ", "5.0", "B5-a_在宅医療_時系列 (7).csv"));
        // population/ wins over the export's 2020 総人口, and the difference is reported
        assertThat(query("""
                SELECT region_name, base, as_of_date, kept_population, kept_file, export_population, export_file, difference
                FROM v_population_conflicts""")).containsExactly(List.of("行田市", "総人口", "2020-10-01", "78617",
                "population/population_census_2020_estat_excerpt.csv", "78600", "indicators/A1_人口_時系列.csv", "-17"));
        assertThat(run.log()).contains("population: indicators/A1_人口_時系列.csv row 3 gives 112062 総人口 on 2020-10-01 as "
                + "78,600; population/population_census_2020_estat_excerpt.csv row 14 gives 78,617, which is kept "
                + "(population/ wins over an export)");
    }

    @Test
    void neitherDisplayModeOverwritesTheOther_whateverOrderTheFilesAreReadIn() {
        assertThat(load(DAY1).exit()).isZero();
        // the next download: the modes swap files, so the other one is read first
        export(FOCUSED, ROW1, "地域,指標,単位,令和5年度\n行田市,【他地域と比較】在宅療養支援診療所数,（件）,9\n");
        export(COMPARED, ROW1, "地域,指標,単位,令和5年度\n行田市,【注目する地域のみ】在宅療養支援診療所数,（件）,6\n");

        Run night2 = load(DAY2);

        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(night2.out()).contains("0 rejected");
        assertThat(modes()).containsExactly(List.of("他地域と比較", "9.0", "B5-a_在宅医療_時系列 (7).csv"),
                List.of("注目する地域のみ", "6.0", "B5-a_在宅医療_時系列 (8).csv"));

        // and one changed alone replaces only its own mode
        export(COMPARED, ROW1, "地域,指標,単位,令和5年度\n行田市,【注目する地域のみ】在宅療養支援診療所数,（件）,8\n");
        Run night3 = load(DAY2.plusDays(1));
        assertThat(night3.exit()).as(night3.err()).isZero();
        assertThat(modes()).containsExactly(List.of("他地域と比較", "9.0", "B5-a_在宅医療_時系列 (7).csv"),
                List.of("注目する地域のみ", "8.0", "B5-a_在宅医療_時系列 (8).csv"));
    }

    @Test
    void aCatalogueAddedLaterGivesTheSeriesItsMeaning_andTheDerivedIdGoes() {
        assertThat(load(DAY1).exit()).isZero();
        write("reference/indicator_catalogue.csv", """
                indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note
                訪問診療患者,X1,訪問診療を受けた患者数,訪問診療を受けた患者,総人口,,日常の療養支援・看取り,ウ,
                B4-a.認定率,B4-a,認定率,要介護認定率（staff）,第1号被保険者数,100,,イ,
                """, StandardCharsets.UTF_8);

        Run night2 = load(DAY2);

        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(night2.out()).contains(", 5 uncatalogued series");
        assertThat(query("""
                SELECT DISTINCT indicator_id, indicator_name, catalogued, scenes FROM v_indicator_values
                WHERE export_id IN ('X1', 'B4-a') ORDER BY 1""")).containsExactly(
                List.of("B4-a.合計認定者数", "合計認定者数", "true", "[]"),
                List.of("B4-a.第1号被保険者数", "第１号被保険者数（認定率の分母）", "true", "[]"),
                List.of("B4-a.認定率", "要介護認定率（staff）", "true", "[]"),
                List.of("訪問診療患者", "訪問診療を受けた患者", "true", "[日常の療養支援, 看取り]"));
    }

    @Test
    void aChangedDenominatorExportMovesTheRatesOfExportsThatDidNotChange() {
        assertThat(load(DAY1).exit()).isZero();
        export("indicators/B4-a_要介護認定率_時系列.csv", ROW1, """
                地域,指標,単位,令和4年3月末,令和5年3月末
                行田市,合計認定者数,（人）,4000,5000
                行田市,第１号被保険者数,（人）,25000,25100
                行田市,認定率,（%）,16.0,16.3
                """);

        Run night2 = load(DAY2);

        assertThat(night2.exit()).as(night2.err()).isZero();
        assertThat(night2.log()).contains("population: the denominators the exports give changed; every export is read again");
        assertThat(value("X2.入院時情報連携加算", "令和4年度", "NULL")).containsExactly(List.of(
                "入院時情報連携加算", "false", "[]", "250.0", "認定者数", "125.0", "true", "5000", "2023-03-31",
                "2500.0", "ok", "false"));
        assertThat(query("SELECT count(*) FROM v_rejects")).containsExactly(List.of("0"));
    }

    private List<List<String>> value(String indicator, String period, String mode) {
        return query("""
                SELECT indicator_name, catalogued, scenes, published_value, base, numerator, numerator_estimated,
                       denominator, denominator_as_of, round(rate_per_100k, 6), value_status, is_projection
                FROM v_indicator_values
                WHERE indicator_id = '%s' AND region_code = '112062' AND period_label = '%s'
                  AND display_mode IS NOT DISTINCT FROM %s""".formatted(indicator, period, mode));
    }

    private List<List<String>> modes() {
        return query("""
                SELECT display_mode, published_value, regexp_replace(source_file, '^indicators/', '')
                FROM v_indicator_values WHERE indicator_id = 'B5-a.在宅療養支援診療所数' ORDER BY display_mode""");
    }

    private List<List<String>> query(String sql) {
        return DuckDbFiles.query(warehouse(), sql);
    }
}
