package jp.renkei.source.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.ReadResult;
import jp.renkei.input.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityRecordReaderTest {

    private static final String GOOD = """
            部会,取組,項目,時点,値,単位,備考,場面
            患者情報共有・ICT部会,(エ),MCS登録者数,令和5年5月現在,"1,234",人,,②③④
            普及啓発部会,（キ）,わたしの人生ファイル配布数,令和5年度,８５０,部,窓口・講座で配布,看取り・日常の療養支援
            研修部会,カ・エ,研修会開催回数,令和5年度,3,回,ふらっと部会,
            普及啓発部会,,「行田人」発行,令和5年度,2.50,号,,退院支援
            """;

    private final ActivityRecordReader reader = new ActivityRecordReader();

    @TempDir
    Path dir;

    @Test
    void readsRecords() {
        Path f = TestFiles.utf8(dir, "activity/2023.csv", GOOD);

        ReadResult<ActivityRecord> result = reader.read(dir, f);

        assertThat(result.file()).isEqualTo("activity/2023.csv");
        assertThat(result.layout()).isEqualTo("renkei activity CSV");
        assertThat(result.rejects()).isEmpty();
        assertThat(result.items()).containsExactly(
                new ActivityRecord("患者情報共有・ICT部会", List.of("エ"), List.of(2, 3, 4), "MCS登録者数", "令和5年5月現在", new BigDecimal("1234"), "人", null, 2),
                new ActivityRecord("普及啓発部会", List.of("キ"), List.of(1, 4), "わたしの人生ファイル配布数", "令和5年度", new BigDecimal("850"), "部",
                        "窓口・講座で配布", 3),
                new ActivityRecord("研修部会", List.of("エ", "カ"), List.of(), "研修会開催回数", "令和5年度", new BigDecimal("3"), "回", "ふらっと部会", 4),
                new ActivityRecord("普及啓発部会", List.of(), List.of(2), "「行田人」発行", "令和5年度", new BigDecimal("2.50"), "号", null, 5));
    }

    @Test
    void excelCp932AndUtf8WithBom() {
        ReadResult<ActivityRecord> cp932 = reader.read(dir, TestFiles.cp932(dir, "sjis.csv", GOOD));
        ReadResult<ActivityRecord> bom = reader.read(dir, TestFiles.utf8Bom(dir, "bom.csv", GOOD));

        assertThat(cp932.encoding()).isEqualTo("windows-31j");
        assertThat(bom.encoding()).isEqualTo("UTF-8 with BOM");
        List<ActivityRecord> plain = reader.read(dir, TestFiles.utf8(dir, "plain.csv", GOOD)).items();
        assertThat(cp932.items()).hasSize(4).isEqualTo(plain);
        assertThat(bom.items()).isEqualTo(plain);
    }

    @Test
    void unitAndNoteColumnsMayBeLeftOut() {
        Path f = TestFiles.utf8(dir, "a.csv", "項目,部会,取組,時点,値\nMCS登録者数,患者情報共有・ICT部会,エ,令和5年5月現在,120\n");

        assertThat(reader.read(dir, f).items()).containsExactly(
                new ActivityRecord("患者情報共有・ICT部会", List.of("エ"), List.of(), "MCS登録者数", "令和5年5月現在", new BigDecimal("120"), null, null, 2));
    }

    @Test
    void rejects() {
        Path f = TestFiles.utf8(dir, "a.csv", """
                部会,取組,項目,時点,値,単位,備考,場面
                研修部会,カ,研修会開催回数,令和5年度,3,回,,
                研修部会,ケ,研修会開催回数,令和4年度,3,回,
                研修部会,カ,研修会開催回数,令和3年度,3,回,,在宅
                研修部会,カ,研修会参加者数,令和5年度,約100,人,
                研修部会,カ,研修会参加者数,令和5年度,－５,人,
                研修部会,カ,研修会参加者数,令和5年度,,人,
                研修部会,カ,研修会開催回数,令和５年度,4,回,
                ,,,,1,,
                """);

        ReadResult<ActivityRecord> result = reader.read(dir, f);

        assertThat(result.items()).extracting(ActivityRecord::row).containsExactly(2);
        assertThat(result.rejects()).extracting(InputProblem::message).containsExactly(
                "a.csv row 3 column 取組: unknown initiative: found \"ケ\", expected letters ア〜ク such as (エ)(キ), エ・キ or （エ）",
                "a.csv row 4 column 場面: unknown scene: found \"在宅\", expected " + jp.renkei.input.CodeListCells.SCENES_EXPECTED,
                "a.csv row 5 column 値: not a number: found \"約100\", expected a number such as 120 or 1,234",
                "a.csv row 6 column 値: negative value: found \"－５\", expected a count or amount of 0 or more",
                "a.csv row 7 column 値: missing 値: found nothing, expected a number such as 120 or 1,234",
                "a.csv row 8: duplicated row: found \"研修部会 研修会開催回数 令和５年度\", expected one value per 部会, 項目 and 時点 (the same at row 2)",
                "a.csv row 9 column 部会: missing 部会: found nothing, expected the 部会, e.g. 入退院調整部会",
                "a.csv row 9 column 項目: missing 項目: found nothing, expected what was counted, e.g. MCS登録者数",
                "a.csv row 9 column 時点: missing 時点: found nothing, expected when, e.g. 令和5年5月現在");
    }

    @Test
    void emptyFileAndMissingColumn() {
        Path empty = TestFiles.cp932(dir, "empty.csv", "");
        Path noValue = TestFiles.cp932(dir, "novalue.csv", "部会,取組,項目,時点,数,単位\n研修部会,カ,研修会開催回数,令和5年度,3,回\n");

        assertThatThrownBy(() -> reader.read(dir, empty)).isInstanceOf(InputFileException.class)
                .hasMessage("empty.csv: empty file: found nothing, expected a header line 部会,取組,項目,時点,値,単位,備考,場面");
        assertThatThrownBy(() -> reader.read(dir, noValue)).isInstanceOf(InputFileException.class)
                .hasMessage("novalue.csv row 1: header is missing the column 値: found \"部会,取組,項目,時点,数,単位\", "
                        + "expected a header with the columns 部会,取組,項目,時点,値,単位,備考,場面");
    }
}
