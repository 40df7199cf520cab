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
        assertThat(read.pseudoAreas()).isZero();
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
                "empty.csv: empty file: found nothing, expected an e-Stat census CSV (metadata lines, then " + LABEL_ROW + ")");
    }

    @Test
    void headerMissingAColumn() {
        Path f = TestFiles.utf8(dir, "no65.csv", """
                "実施年月：","2020年","10月"
                "男女","国籍総数か日本人","全国，都道府県，市区町村（2000年市区町村含む） コード","地域","総数"
                "総数","国籍総数","11206","行田市","78,617"
                """);

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "no65.csv row 2: header is missing （再掲）65歳以上 or age bands from 65歳 up to an open band such as 100歳以上: "
                        + "found \"男女,国籍総数か日本人,全国，都道府県，市区町村（2000年市区町村含む） コード,地域,総数\", expected "
                        + LABEL_ROW);
    }

    @Test
    void noHeaderAtAll() {
        Path f = TestFiles.utf8(dir, "other.csv", "a,b,c\n1,2,3\n");

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "other.csv: no header row: found \"no row naming an area code column and 男女\", expected " + LABEL_ROW);
    }

    @Test
    void noSurveyDate() {
        Path f = TestFiles.utf8(dir, "nodate.csv", """
                "男女","国籍総数か日本人","全国，都道府県，市区町村（2000年市区町村含む） コード","総数","（再掲）65歳以上"
                """);

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "nodate.csv: no 実施年月 line: found nothing, expected a line \"実施年月：\",\"2020年\",\"10月\" before the header");
    }

    private static final String LABEL_ROW = "an e-Stat label row naming an area code column (such as 全国，都道府県，市区町村（2000年市区町村含む） コード or 市区町村 コード), 男女, 総数 and （再掲）65歳以上 or the age bands from 65歳";

    /**
     * Another year's table (resource census/census_1980_synthetic.csv, made up for this test): the label row says
     * 市区町村２．９030005 コード, there is no 国籍 column and no （再掲）65歳以上, only the bands ６５－６９歳【人】 to
     * ８５歳以上【人】; 市部, 郡部, 支庁 and a DID stand among the municipalities; a code is written in full width.
     */
    @Test
    void anotherYearsTable_findsColumnsByTheirLabels_addsTheBandsFrom65() throws Exception {
        Path f = dir.resolve("census_1980_synthetic.csv");
        try (var in = getClass().getResourceAsStream("/census/census_1980_synthetic.csv")) {
            java.nio.file.Files.copy(in, f);
        }
        LocalDate day = LocalDate.of(1980, 10, 1);

        EstatCensusReader.CensusRead read = reader.readCensus(dir, f);

        assertThat(read.result().rejects()).isEmpty();
        assertThat(read.censusDay()).isEqualTo(day);
        assertThat(read.result().layout()).isEqualTo("e-Stat 国勢調査 CSV table 00101");
        assertThat(read.pseudoAreas()).isEqualTo(5); // 全国市部, 全国郡部, 埼玉県市部, 石狩支庁, 埼玉県 人口集中地区（ＤＩＤ）
        assertThat(read.formerMunicipalities()).isEqualTo(1);
        assertThat(read.result().items()).containsExactly(
                new PopulationFigure(LocalGovCode.NATION, RateBase.総人口, day, 117_060_396, "国勢調査", 11),
                new PopulationFigure(LocalGovCode.NATION, RateBase.六十五歳以上人口, day,
                        4_095_000 + 3_062_000 + 2_124_000 + 1_194_000 + 798_000, "国勢調査", 11),
                new PopulationFigure(new LocalGovCode("110001"), RateBase.総人口, day, 5_420_480, "国勢調査", 14),
                new PopulationFigure(new LocalGovCode("110001"), RateBase.六十五歳以上人口, day, 405_000, "国勢調査", 14),
                // 行田市's 85歳以上 is ***: no value, nothing to add; 秩父市 (all -) gives no figure at all
                new PopulationFigure(new LocalGovCode("112062"), RateBase.総人口, day, 80_000, "国勢調査", 16),
                new PopulationFigure(new LocalGovCode("112062"), RateBase.六十五歳以上人口, day, 5_100, "国勢調査", 16));
    }

    @Test
    void bandsWithAGapGiveNo65() {
        Path f = TestFiles.utf8(dir, "gap.csv", """
                "実施年月：","1985年","10月"
                "男女","市区町村 コード","市区町村","総数","65～69歳","75～79歳","80歳以上"
                "総数","11206","行田市","80,000","1","2","3"
                """);

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("gap.csv row 2: header is missing （再掲）65歳以上 or age bands from 65歳 up to an open band");
    }

    @Test
    void bandCellThatIsNotACount_isRejectedNamingItsColumn() {
        Path f = TestFiles.utf8(dir, "band.csv", """
                "実施年月：","1985年","10月"
                "男女","市区町村 コード","市区町村","総数【人】","65～69歳【人】","70歳以上【人】"
                "総数","11206","行田市","80,000","1,000","abc"
                """);

        var result = reader.read(dir, f);

        assertThat(result.items()).extracting(PopulationFigure::population).containsExactly(80_000L);
        assertThat(result.rejects()).extracting(InputProblem::message).containsExactly(
                "band.csv row 3 column 70歳以上【人】: not a count: found \"abc\", expected a whole number such as 78,617, or - or *** for no figure");
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
