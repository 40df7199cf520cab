package jp.renkei.source.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import jp.renkei.domain.RateBase;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.ReadResult;
import jp.renkei.input.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorCatalogueReaderTest {

    private static final String HEADER = "indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note\n";

    private final IndicatorCatalogueReader reader = new IndicatorCatalogueReader();

    @TempDir
    Path dir;

    @Test
    void readsEntriesWithEveryWayOfWritingScenesAndInitiatives() {
        Path f = TestFiles.utf8(dir, "catalogue/indicators.csv", HEADER + """
                home_death,δ1-c,在宅死亡者数（自宅）,在宅死亡者数（自宅）,総人口,100000,看取り,(エ)(キ),手引きの例
                admission_link,δ1-c,入院時情報連携加算 算定率,入院時情報連携加算,認定者数,"10,000",入退院支援・日常の療養支援,エ・キ,
                discharge_link,δ1-c,退院・退所加算 算定率,退院・退所加算,第1号被保険者数,１０００,"退院支援,急変時の対応",（エ）,
                end_of_life,δ1-c,看取り介護加算 算定率,看取り介護加算,65歳以上人口,100,④、①/2 3,ｴ、ア,
                clinics,A1,,在宅療養支援診療所数,,,①④,,
                """);

        ReadResult<CatalogueEntry> result = reader.read(dir, f);

        assertThat(result.file()).isEqualTo("catalogue/indicators.csv");
        assertThat(result.layout()).isEqualTo("renkei indicator catalogue");
        assertThat(result.rejects()).isEmpty();
        assertThat(result.items()).containsExactly(
                new CatalogueEntry("home_death", "δ1-c", "在宅死亡者数（自宅）", "在宅死亡者数（自宅）", RateBase.総人口, 100_000,
                        List.of(4), List.of("エ", "キ"), "手引きの例"),
                new CatalogueEntry("admission_link", "δ1-c", "入院時情報連携加算 算定率", "入院時情報連携加算", RateBase.認定者数,
                        10_000, List.of(1, 2), List.of("エ", "キ"), null),
                new CatalogueEntry("discharge_link", "δ1-c", "退院・退所加算 算定率", "退院・退所加算", RateBase.第1号被保険者数,
                        1_000, List.of(2, 3), List.of("エ"), null),
                new CatalogueEntry("end_of_life", "δ1-c", "看取り介護加算 算定率", "看取り介護加算", RateBase.六十五歳以上人口, 100,
                        List.of(1, 2, 3, 4), List.of("ア", "エ"), null),
                new CatalogueEntry("clinics", "A1", "", "在宅療養支援診療所数", null, null, List.of(1, 4), List.of(), null));
    }

    @Test
    void cp932AndBom() {
        String text = HEADER + "home_death,δ1-c,在宅死亡者数（自宅）,在宅死亡者数（自宅）,総人口,100000,看取り,（エ）（キ）,～注\n";

        ReadResult<CatalogueEntry> cp932 = reader.read(dir, TestFiles.cp932(dir, "a.csv", text));
        ReadResult<CatalogueEntry> bom = reader.read(dir, TestFiles.utf8Bom(dir, "b.csv", text));

        assertThat(cp932.encoding()).isEqualTo("windows-31j");
        assertThat(bom.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(cp932.items()).hasSize(1).isEqualTo(bom.items());
        assertThat(cp932.items().getFirst().note()).isEqualTo("～注");
        assertThat(cp932.items().getFirst().initiatives()).containsExactly("エ", "キ");
    }

    @Test
    void rejects() {
        Path f = TestFiles.utf8(dir, "c.csv", HEADER + """
                ok,A0,,良い,,,,,
                a,A1,,診療所数,,,日常の療養支援・在宅,,
                b,A2,,病院数,,,5,,
                c,A3,,訪問看護,,,,エ・ケ,
                d,A4,,訪問診療,,,,ケ,
                e,A5,,率,世帯数,100,,,
                f,A6,,率,総人口,10,,,
                g,A7,,率,総人口,1000.5,,,
                h,A8,,率,総人口,千,,,
                ok,A9,,重複,,,,,
                i,A0,,重複,,,,,
                ,,,,,,,,
                ,A10,,,,,,,
                k,δ1-c,在宅死亡者数,在宅死亡者数,,,,,
                l,δ1-c,在宅死亡者数,在宅死亡者数2,,,,,
                """);

        ReadResult<CatalogueEntry> result = reader.read(dir, f);

        assertThat(result.items()).extracting(CatalogueEntry::indicatorId).containsExactly("ok", "k");
        assertThat(result.rejects()).extracting(InputProblem::message).containsExactly(
                "c.csv row 3 column scenes: unknown scene 在宅: found \"日常の療養支援・在宅\", expected scenes 日常の療養支援, 入退院支援, 急変時の対応, 看取り or 1-4 (①-④), separated by ・ , 、 / or spaces",
                "c.csv row 4 column scenes: unknown scene: found \"5\", expected scenes 日常の療養支援, 入退院支援, 急変時の対応, 看取り or 1-4 (①-④), separated by ・ , 、 / or spaces",
                "c.csv row 5 column initiatives: unknown initiative ケ: found \"エ・ケ\", expected letters ア〜ク such as (エ)(キ), エ・キ or （エ）",
                "c.csv row 6 column initiatives: unknown initiative: found \"ケ\", expected letters ア〜ク such as (エ)(キ), エ・キ or （エ）",
                "c.csv row 7 column base: unknown base: found \"世帯数\", expected one of 総人口, 65歳以上人口, 認定者数, 第1号被保険者数, or empty for a count",
                "c.csv row 8 column multiplier: not an allowed multiplier: found \"10\", expected 100, 1000, 10000 or 100000, or empty for a count",
                "c.csv row 9 column multiplier: not an allowed multiplier: found \"1000.5\", expected 100, 1000, 10000 or 100000, or empty for a count",
                "c.csv row 10 column multiplier: not an allowed multiplier: found \"千\", expected 100, 1000, 10000 or 100000, or empty for a count",
                "c.csv row 11 column indicator_id: duplicated indicator_id: found \"ok\", expected one row per indicator (the same at row 2)",
                "c.csv row 12: duplicated export series: found \"A0 (no series_name)\", expected one indicator per export_id and series_name (the same at row 2)",
                "c.csv row 14 column indicator_id: missing indicator_id: found nothing, expected renkei's id for the indicator",
                "c.csv row 14 column indicator_name: missing indicator_name: found nothing, expected the indicator's name",
                "c.csv row 16: duplicated export series: found \"δ1-c / 在宅死亡者数\", expected one indicator per export_id and series_name (the same at row 15)");
    }

    @Test
    void emptyFileAndMissingColumn() {
        Path empty = TestFiles.utf8(dir, "empty.csv", "");
        Path noScenes = TestFiles.utf8(dir, "old.csv", "indicator_id,export_id,series_name,indicator_name,base,multiplier,initiatives\n");

        assertThatThrownBy(() -> reader.read(dir, empty)).isInstanceOf(InputFileException.class).hasMessage(
                "empty.csv: empty file: found nothing, expected a header line "
                        + "indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note");
        assertThatThrownBy(() -> reader.read(dir, noScenes)).isInstanceOf(InputFileException.class).hasMessage(
                "old.csv row 1: header is missing the column scenes: found "
                        + "\"indicator_id,export_id,series_name,indicator_name,base,multiplier,initiatives\", expected a header "
                        + "with the columns indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note");
    }
}
