package jp.renkei.source.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.ReadResult;
import jp.renkei.input.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearlyPopulationReaderTest {

    private static final String GOOD = """
            region_code,region_name,base,as_of_date,population,statistic
            112062,行田市,総人口,2024-01-01,"77,318",
            11206,行田市,65歳以上人口,2024-01-01,２５２１０,住民基本台帳
            112062,行田市,認定者数,2024-03-31,4120,介護保険事業状況報告

            000000,全国,第1号被保険者数,2024-03-31,"35,890,000",介護保険事業状況報告
            """;

    private final YearlyPopulationReader reader = new YearlyPopulationReader();

    @TempDir
    Path dir;

    @Test
    void readsEveryBase() {
        Path f = TestFiles.utf8(dir, "population/yearly.csv", GOOD);

        ReadResult<PopulationFigure> result = reader.read(dir, f);

        LocalGovCode gyoda = new LocalGovCode("112062");
        assertThat(result.file()).isEqualTo("population/yearly.csv");
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.layout()).isEqualTo("renkei yearly population CSV");
        assertThat(result.rejects()).isEmpty();
        assertThat(result.items()).containsExactly(
                new PopulationFigure(gyoda, RateBase.総人口, LocalDate.of(2024, 1, 1), 77_318, "住民基本台帳", 2),
                new PopulationFigure(gyoda, RateBase.六十五歳以上人口, LocalDate.of(2024, 1, 1), 25_210, "住民基本台帳", 3),
                new PopulationFigure(gyoda, RateBase.認定者数, LocalDate.of(2024, 3, 31), 4_120, "介護保険事業状況報告", 4),
                new PopulationFigure(LocalGovCode.NATION, RateBase.第1号被保険者数, LocalDate.of(2024, 3, 31), 35_890_000,
                        "介護保険事業状況報告", 6));
    }

    @Test
    void excelEncodings() {
        ReadResult<PopulationFigure> cp932 = reader.read(dir, TestFiles.cp932(dir, "sjis.csv", GOOD));
        ReadResult<PopulationFigure> bom = reader.read(dir, TestFiles.utf8Bom(dir, "bom.csv", GOOD));

        assertThat(cp932.encoding()).isEqualTo("windows-31j");
        assertThat(bom.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(cp932.items()).isEqualTo(reader.read(dir, TestFiles.utf8(dir, "plain.csv", GOOD)).items());
        assertThat(bom.items()).isEqualTo(cp932.items());
    }

    @Test
    void statisticColumnMayBeLeftOut() {
        Path f = TestFiles.utf8(dir, "y.csv", "region_code,base,as_of_date,population\n11206,総人口,2024-01-01,77318\n");

        assertThat(reader.read(dir, f).items()).extracting(PopulationFigure::statistic).containsExactly("住民基本台帳");
    }

    @Test
    void rejects() {
        Path f = TestFiles.utf8(dir, "y.csv", """
                region_code,region_name,base,as_of_date,population,statistic
                112063,行田市,総人口,2024-01-01,77318,
                11-206,行田市,総人口,2024-01-01,77318,
                112062,行田市,世帯数,2024-01-01,33000,
                112062,行田市,総人口,2024/01/01,77318,
                112062,行田市,総人口,2023-02-30,77318,
                112062,行田市,総人口,2024-01-01,約7万,
                112062,行田市,総人口,2024-01-01,-5,
                112062,行田市,総人口,2024-01-01,77318,
                11206,行田市,総人口,2024-01-01,77320,
                ,,,,,
                ,行田市,,,,
                """);

        ReadResult<PopulationFigure> result = reader.read(dir, f);

        assertThat(result.items()).extracting(PopulationFigure::sourceRow).containsExactly(9);
        assertThat(result.rejects()).extracting(InputProblem::message).containsExactly(
                "y.csv row 2 column region_code: wrong check digit: found \"112063\", expected 112062 (the check digit of 11206 is 2)",
                "y.csv row 3 column region_code: not a region code: found \"11-206\", expected a 全国地方公共団体コード: 5 digits, or 6 with the check digit",
                "y.csv row 4 column base: unknown base: found \"世帯数\", expected one of 総人口, 65歳以上人口, 認定者数, 第1号被保険者数",
                "y.csv row 5 column as_of_date: not a date: found \"2024/01/01\", expected an ISO date yyyy-MM-dd such as 2024-01-01",
                "y.csv row 6 column as_of_date: not a date: found \"2023-02-30\", expected an ISO date yyyy-MM-dd such as 2024-01-01",
                "y.csv row 7 column population: not a whole number: found \"約7万\", expected a count of people such as 78617 or 78,617",
                "y.csv row 8 column population: negative count: found \"-5\", expected a count of 0 or more",
                "y.csv row 10: duplicated row: found \"112062 総人口 2024-01-01\", expected one row per region, base and date (the same at row 9)",
                "y.csv row 12 column region_code: missing region code: found nothing, expected a 全国地方公共団体コード: 5 digits, or 6 with the check digit",
                "y.csv row 12 column base: missing base: found nothing, expected one of 総人口, 65歳以上人口, 認定者数, 第1号被保険者数",
                "y.csv row 12 column as_of_date: missing date: found nothing, expected an ISO date yyyy-MM-dd such as 2024-01-01",
                "y.csv row 12 column population: missing population: found nothing, expected a count of people such as 78617 or 78,617");
    }

    @Test
    void emptyFile() {
        Path f = TestFiles.utf8Bom(dir, "y.csv", "\n\n");

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "y.csv: empty file: found nothing, expected a header line region_code,region_name,base,as_of_date,population,statistic");
    }

    @Test
    void missingColumn() {
        Path f = TestFiles.utf8(dir, "y.csv", "region_code,region_name,base,date,count\n112062,行田市,総人口,2024-01-01,77318\n");

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class)
                .hasMessage("y.csv row 1: header is missing the columns as_of_date, population: found "
                        + "\"region_code,region_name,base,date,count\", expected a header with the columns "
                        + "region_code,region_name,base,as_of_date,population,statistic")
                .extracting(e -> ((InputFileException) e).problem().row()).isEqualTo(1);
    }
}
