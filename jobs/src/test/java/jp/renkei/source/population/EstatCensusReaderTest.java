package jp.renkei.source.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstatCensusReaderTest {

    private static final Path REAL = TestFiles.REFERENCE.resolve("population_census_2020_estat.csv");
    private static final LocalDate CENSUS_DAY = LocalDate.of(2020, 10, 1);

    private final EstatCensusReader reader = new EstatCensusReader();

    @TempDir
    Path dir;

    @Test
    void readsTheRealE_StatFile() {
        EstatCensusReader.CensusRead read = reader.readCensus(TestFiles.REFERENCE, REAL);
        var result = read.result();

        assertThat(result.file()).isEqualTo("population_census_2020_estat.csv");
        assertThat(result.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(result.layout()).isEqualTo("e-Stat 国勢調査 CSV table 2-7-1");
        assertThat(read.censusDay()).isEqualTo(CENSUS_DAY);
        assertThat(result.rejects()).isEmpty();
        // 4,086 areas for 総数 × 国籍総数: 298 former municipalities left out, 3,788 areas with two figures
        // each, less 双葉町 (07546) whose cells are all "-" (nobody lived there in 2020).
        assertThat(read.formerMunicipalities()).isEqualTo(298);
        assertThat(result.items()).hasSize(3788 * 2 - 2);
        assertThat(result.items()).allMatch(f -> f.asOf().equals(CENSUS_DAY) && f.statistic().equals("国勢調査"));

        assertThat(figuresOf(result.items(), "112062")).containsExactly(
                new PopulationFigure(new LocalGovCode("112062"), RateBase.総人口, CENSUS_DAY, 78_617, "国勢調査", 1026),
                new PopulationFigure(new LocalGovCode("112062"), RateBase.六十五歳以上人口, CENSUS_DAY, 25_010, "国勢調査", 1026));
        assertThat(figuresOf(result.items(), "110001")).extracting(PopulationFigure::sourceRow).containsOnly(1001);
        assertThat(figuresOf(result.items(), "110001")).extracting(PopulationFigure::population)
                .containsExactly(7_344_765L, 1_934_994L);
        assertThat(figuresOf(result.items(), "000000")).extracting(PopulationFigure::population)
                .containsExactly(126_146_099L, 35_335_805L);
        assertThat(result.items().getFirst().regionCode()).isEqualTo(LocalGovCode.NATION);
        // 9 metadata and legend lines, the code row and the label row come first.
        assertThat(result.items().getFirst().sourceRow()).isEqualTo(12);
        assertThat(figuresOf(result.items(), "075469")).isEmpty();
    }

    @Test
    void keepsOnlyBothSexesAndAllNationalities_noValueIsNoFigure_pseudoCodesCounted() {
        Path f = TestFiles.utf8Bom(dir, "census/small.csv", SMALL);

        EstatCensusReader.CensusRead read = reader.readCensus(dir, f);

        assertThat(read.result().rejects()).isEmpty();
        assertThat(read.formerMunicipalities()).isEqualTo(1);
        assertThat(read.censusDay()).isEqualTo(LocalDate.of(2015, 10, 1));
        assertThat(read.result().items()).containsExactly(
                new PopulationFigure(LocalGovCode.fromFiveDigits("11206"), RateBase.総人口, LocalDate.of(2015, 10, 1), 82_113, "国勢調査", 7),
                new PopulationFigure(LocalGovCode.fromFiveDigits("11206"), RateBase.六十五歳以上人口, LocalDate.of(2015, 10, 1), 23_500, "国勢調査", 7),
                new PopulationFigure(new LocalGovCode("012033"), RateBase.総人口, LocalDate.of(2015, 10, 1), 12, "国勢調査", 12));
    }

    @Test
    void cp932Download() {
        Path f = TestFiles.cp932(dir, "small.csv", SMALL);

        var result = reader.read(dir, f);

        assertThat(result.encoding()).isEqualTo("windows-31j");
        assertThat(result.items()).hasSize(3);
    }

    @Test
    void rejectsBadCellsAndCodes() {
        Path f = TestFiles.utf8(dir, "bad.csv", HEAD + """
                "総数","国籍総数","11206","行田市","78,617","abc"
                "総数","国籍総数","11-06","行田市","78,617","25,010"
                "総数","国籍総数","11207","秩父市","-1","1.5"
                """);

        var result = reader.read(dir, f);

        assertThat(result.items()).extracting(PopulationFigure::population).containsExactly(78_617L);
        assertThat(result.rejects()).extracting(InputProblem::message).containsExactly(
                "bad.csv row 7 column （再掲）65歳以上: not a count: found \"abc\", expected a whole number such as 78,617, or - or *** for no figure",
                "bad.csv row 8 column 全国，都道府県，市区町村（2000年市区町村含む） コード: not an area code: found \"11-06\", expected a 5-digit code, or an e-Stat code with a letter such as 0120B for a former municipality",
                "bad.csv row 9 column 総数: negative count: found \"-1\", expected a count of 0 or more",
                "bad.csv row 9 column （再掲）65歳以上: not a count: found \"1.5\", expected a whole number such as 78,617, or - or *** for no figure");
    }

    @Test
    void emptyFile() {
        Path f = TestFiles.utf8(dir, "empty.csv", "");

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "empty.csv: empty file: found nothing, expected an e-Stat census CSV (metadata lines, then a header with "
                        + "全国，都道府県，市区町村（2000年市区町村含む） コード, 男女, 国籍総数か日本人, 総数, （再掲）65歳以上)");
    }

    @Test
    void headerMissingAColumn() {
        Path f = TestFiles.utf8(dir, "no65.csv", """
                "実施年月：","2020年","10月"
                "男女","国籍総数か日本人","全国，都道府県，市区町村（2000年市区町村含む） コード","地域","総数"
                "総数","国籍総数","11206","行田市","78,617"
                """);

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "no65.csv row 2: header is missing the column （再掲）65歳以上: found \"男女,国籍総数か日本人,"
                        + "全国，都道府県，市区町村（2000年市区町村含む） コード,地域,総数\", expected a header with the columns "
                        + "全国，都道府県，市区町村（2000年市区町村含む） コード,男女,国籍総数か日本人,総数,（再掲）65歳以上");
    }

    @Test
    void noHeaderAtAll() {
        Path f = TestFiles.utf8(dir, "other.csv", "a,b,c\n1,2,3\n");

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "other.csv: no header row: found \"no row naming 全国，都道府県，市区町村（2000年市区町村含む） コード, 男女 or "
                        + "国籍総数か日本人\", expected an e-Stat label row with the columns "
                        + "全国，都道府県，市区町村（2000年市区町村含む） コード,男女,国籍総数か日本人,総数,（再掲）65歳以上");
    }

    @Test
    void noSurveyDate() {
        Path f = TestFiles.utf8(dir, "nodate.csv", """
                "男女","国籍総数か日本人","全国，都道府県，市区町村（2000年市区町村含む） コード","総数","（再掲）65歳以上"
                """);

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "nodate.csv: no 実施年月 line: found nothing, expected a line \"実施年月：\",\"2020年\",\"10月\" before the header");
    }

    private static final String HEAD = """
            "統計名：","平成２７年国勢調査"
            "実施年月：","2015年","10月"

            "-","当該数値がないもの"

            "男女","国籍総数か日本人","全国，都道府県，市区町村（2000年市区町村含む） コード","全国，都道府県，市区町村（2000年市区町村含む）","総数","（再掲）65歳以上"
            """;

    private static final String SMALL = HEAD + """
            "総数","国籍総数","11206","行田市","82,113","23,500"
            "男","国籍総数","11206","行田市","40,000","10,000"
            "総数","日本人","11206","行田市","81,000","23,400"
            "総数","国籍総数","0120B","（旧：函館市）","1,000","300"
            "総数","国籍総数","07546","双葉町","-","***"
            "総数","国籍総数","1203","夕張市","12","-"
            """;

    private static List<PopulationFigure> figuresOf(List<PopulationFigure> figures, String code) {
        return figures.stream().filter(f -> f.regionCode().value().equals(code)).toList();
    }
}
