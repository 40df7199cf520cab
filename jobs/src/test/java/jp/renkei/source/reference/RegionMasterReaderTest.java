package jp.renkei.source.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.ReadResult;
import jp.renkei.input.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionMasterReaderTest {

    private static final LocalGovCode SAITAMA = new LocalGovCode("110001");
    private static final LocalGovCode GYODA = new LocalGovCode("112062");

    private final RegionMasterReader reader = new RegionMasterReader();

    @TempDir
    Path dir;

    @Test
    void readsTheRealCode4fukuiList() {
        ReadResult<RegionRecord> result = reader.read(TestFiles.REFERENCE, TestFiles.REFERENCE.resolve("localgovjp-utf8.csv"));

        assertThat(result.file()).isEqualTo("localgovjp-utf8.csv");
        assertThat(result.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(result.layout()).isEqualTo("code4fukui localgovjp");
        // Every lgcode passed its check digit and matched its cid.
        assertThat(result.rejects()).isEmpty();
        assertThat(result.items()).hasSize(1 + 47 + 1916);
        assertThat(result.items().getFirst())
                .isEqualTo(new RegionRecord(LocalGovCode.NATION, "全国", RegionLevel.NATION, null, null));
        assertThat(ofLevel(result, RegionLevel.PREFECTURE)).hasSize(47)
                .allMatch(r -> r.parent().isNation() && r.prefecture().equals(r.code()) && r.code().isPrefecture());
        assertThat(ofLevel(result, RegionLevel.MUNICIPALITY).size() + ofLevel(result, RegionLevel.WARD).size()).isEqualTo(1916);
        assertThat(ofLevel(result, RegionLevel.WARD)).hasSize(175);
        assertThat(byCode(result, "110001")).isEqualTo(new RegionRecord(SAITAMA, "埼玉県", RegionLevel.PREFECTURE, LocalGovCode.NATION, SAITAMA));
        assertThat(byCode(result, "112062")).isEqualTo(new RegionRecord(GYODA, "行田市", RegionLevel.MUNICIPALITY, SAITAMA, SAITAMA));
        assertThat(byCode(result, "010006").name()).isEqualTo("北海道");
        assertThat(result.items().stream().filter(r -> r.name().equals("府中市")).toList()).containsExactly(
                new RegionRecord(new LocalGovCode("132063"), "府中市", RegionLevel.MUNICIPALITY, new LocalGovCode("130001"), new LocalGovCode("130001")),
                new RegionRecord(new LocalGovCode("342084"), "府中市", RegionLevel.MUNICIPALITY, new LocalGovCode("340006"), new LocalGovCode("340006")));
        assertThat(byCode(result, "011011")).isEqualTo(new RegionRecord(new LocalGovCode("011011"), "札幌市 中央区",
                RegionLevel.WARD, new LocalGovCode("011002"), new LocalGovCode("010006")));
        assertThat(byCode(result, "011002").level()).isEqualTo(RegionLevel.MUNICIPALITY);
        assertThat(byCode(result, "111031").parent()).isEqualTo(new LocalGovCode("111007")); // さいたま市 大宮区
    }

    @Test
    void readsThe2019Cp932EditionWithoutLgcode() {
        ReadResult<RegionRecord> result = reader.read(TestFiles.REFERENCE, TestFiles.REFERENCE.resolve("localgovjp-2019-sjis.csv"));

        assertThat(result.encoding()).isEqualTo("windows-31j");
        assertThat(result.layout()).isEqualTo("code4fukui localgovjp (no lgcode: codes from cid)");
        assertThat(result.rejects()).isEmpty();
        assertThat(result.items()).hasSize(1 + 47 + 1916);
        assertThat(byCode(result, "112062")).isEqualTo(new RegionRecord(GYODA, "行田市", RegionLevel.MUNICIPALITY, SAITAMA, SAITAMA));
        assertThat(byCode(result, "011011").parent()).isEqualTo(new LocalGovCode("011002"));
    }

    @Test
    void code4fukuiRejects() {
        Path f = TestFiles.utf8(dir, "regions/list.csv", """
                pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode
                11,埼玉県,11206,行田市,ぎょうだし,,,,,112063
                11,埼玉県,11207,秩父市,ちちぶし,,,,,112062
                11,埼玉県,1100,札幌市,さっぽろし,,,,,011002
                11,埼玉,11208,所沢市,ところざわし,,,,,112089
                48,沖縄県X,47201,那覇市,なはし,,,,,472018
                11,埼玉県,11B01,x,,,,,,
                11,埼玉県,11209,飯能市,はんのうし,,,,,
                11,埼玉県,11209,飯能市,はんのうし,,,,,112097
                11,埼玉県,11101,大宮市 西区,,,,,,111015
                """);

        ReadResult<RegionRecord> result = reader.read(dir, f);

        assertThat(result.items()).extracting(r -> r.code().value()).containsExactly("000000", "110001", "112097");
        assertThat(result.rejects()).extracting(InputProblem::message).containsExactly(
                "regions/list.csv row 2 column lgcode: wrong check digit: found \"112063\", expected 112062 (the check digit of 11206 is 2)",
                "regions/list.csv row 3 column lgcode: lgcode does not match cid 11207: found \"112062\", expected 112071",
                "regions/list.csv row 4 column cid: municipality code of another prefecture: found \"1100\", expected a code starting with 11 (pid 11)",
                "regions/list.csv row 5 column pref: another name for prefecture 11: found \"埼玉\", expected 埼玉県 (as at row 2)",
                "regions/list.csv row 6 column pid: not a prefecture number: found \"48\", expected a number from 1 to 47",
                "regions/list.csv row 7 column cid: not a municipality code: found \"11B01\", expected the code without check digit, 5 digits (or 4 if the leading zero was lost)",
                "regions/list.csv row 9 column cid: duplicated municipality code: found \"11209\", expected one row per municipality (the same at row 8)",
                "regions/list.csv row 10 column city: ward of a city not in the file: found \"大宮市 西区\", expected a row for 大宮市 in 埼玉県 (a name with a space is a ward of the city named before the space)");
    }

    @Test
    void ownLayout() {
        Path f = TestFiles.utf8(dir, "regions.csv", """
                region_code,region_name,region_level,parent_code
                000000,全国,nation,
                110001,埼玉県,prefecture,000000
                11206,行田市,Municipality,110001
                111007,さいたま市,municipality,110001
                111031,さいたま市大宮区,ward,111007
                """);

        ReadResult<RegionRecord> result = reader.read(dir, f);

        assertThat(result.layout()).isEqualTo("renkei region master");
        assertThat(result.rejects()).isEmpty();
        assertThat(result.items()).containsExactly(
                new RegionRecord(LocalGovCode.NATION, "全国", RegionLevel.NATION, null, null),
                new RegionRecord(SAITAMA, "埼玉県", RegionLevel.PREFECTURE, LocalGovCode.NATION, SAITAMA),
                new RegionRecord(GYODA, "行田市", RegionLevel.MUNICIPALITY, SAITAMA, SAITAMA),
                new RegionRecord(new LocalGovCode("111007"), "さいたま市", RegionLevel.MUNICIPALITY, SAITAMA, SAITAMA),
                new RegionRecord(new LocalGovCode("111031"), "さいたま市大宮区", RegionLevel.WARD, new LocalGovCode("111007"), SAITAMA));
    }

    @Test
    void ownLayoutCp932AndBom() {
        String text = "region_code,region_name,region_level,parent_code\n000000,全国,nation,\n110001,埼玉県,prefecture,000000\n";

        ReadResult<RegionRecord> cp932 = reader.read(dir, TestFiles.cp932(dir, "a.csv", text));
        ReadResult<RegionRecord> bom = reader.read(dir, TestFiles.utf8Bom(dir, "b.csv", text));

        assertThat(cp932.encoding()).isEqualTo("windows-31j");
        assertThat(bom.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(cp932.items()).hasSize(2).isEqualTo(bom.items());
    }

    @Test
    void ownLayoutRejects() {
        Path f = TestFiles.utf8(dir, "regions.csv", """
                region_code,region_name,region_level,parent_code
                000000,全国,nation,
                110001,埼玉県,prefecture,000000
                112063,行田市,municipality,110001
                112071,秩父市,municipality,110000
                112089,所沢市,city,110001
                112097,,municipality,110001
                112101,加須市,prefecture,110001
                112119,本庄市,municipality,
                112119,本庄市,municipality,110001
                111007,さいたま市,municipality,130001
                111031,さいたま市大宮区,ward,111007
                000000,日本,nation,000000
                """);

        ReadResult<RegionRecord> result = reader.read(dir, f);

        assertThat(result.items()).extracting(r -> r.code().value()).containsExactly("000000", "110001");
        assertThat(result.rejects()).extracting(InputProblem::message).containsExactly(
                "regions.csv row 4 column region_code: wrong check digit: found \"112063\", expected 112062 (the check digit of 11206 is 2)",
                "regions.csv row 5 column parent_code: wrong check digit: found \"110000\", expected 110001 (the check digit of 11000 is 1)",
                "regions.csv row 6 column region_level: unknown region level: found \"city\", expected one of nation, prefecture, municipality, ward, insurer",
                "regions.csv row 7 column region_name: missing region name: found nothing, expected the region's name, e.g. 行田市",
                "regions.csv row 8 column region_level: region level does not match the code: found \"prefecture\", expected municipality, ward or insurer (112101 is a municipality's code)",
                "regions.csv row 9 column parent_code: missing parent code: found nothing, expected the code of the region this one lies in",
                "regions.csv row 10 column region_code: duplicated region code: found \"112119\", expected one row per region (the same at row 9)",
                "regions.csv row 11 column parent_code: parent not in the file: found \"130001\", expected the code of a region listed in this file",
                "regions.csv row 12 column parent_code: parent was rejected: found \"111007\", expected a parent that loads (row 11 was rejected)",
                "regions.csv row 13 column parent_code: 全国 has no parent: found \"000000\", expected an empty parent_code",
                "regions.csv row 13 column region_code: duplicated region code: found \"000000\", expected one row per region (the same at row 2)");
    }

    @Test
    void emptyFile() {
        Path f = TestFiles.utf8(dir, "regions.csv", "");

        assertThatThrownBy(() -> reader.read(dir, f)).isInstanceOf(InputFileException.class).hasMessage(
                "regions.csv: empty file: found nothing, expected a header region_code,region_name,region_level,parent_code"
                        + " or pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode");
    }

    @Test
    void missingColumns() {
        Path own = TestFiles.utf8(dir, "own.csv", "region_code,region_name,level\n");
        Path c4f = TestFiles.utf8(dir, "c4f.csv", "pid,pref,city,lgcode\n");
        Path other = TestFiles.utf8(dir, "other.csv", "code,name\n");

        assertThatThrownBy(() -> reader.read(dir, own)).isInstanceOf(InputFileException.class).hasMessage(
                "own.csv row 1: header is missing the columns region_level, parent_code: found \"region_code,region_name,level\", "
                        + "expected a header with the columns region_code,region_name,region_level,parent_code");
        assertThatThrownBy(() -> reader.read(dir, c4f)).isInstanceOf(InputFileException.class).hasMessage(
                "c4f.csv row 1: header is missing the column cid: found \"pid,pref,city,lgcode\", "
                        + "expected a header with the columns pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode");
        assertThatThrownBy(() -> reader.read(dir, other)).isInstanceOf(InputFileException.class).hasMessage(
                "other.csv row 1: unknown region list layout: found \"code,name\", expected a header "
                        + "region_code,region_name,region_level,parent_code or pid,pref,cid,city,citykana,lat,lng,url,phrase,lgcode");
    }

    private static List<RegionRecord> ofLevel(ReadResult<RegionRecord> result, RegionLevel level) {
        return result.items().stream().filter(r -> r.level() == level).toList();
    }

    private static RegionRecord byCode(ReadResult<RegionRecord> result, String code) {
        return result.items().stream().filter(r -> r.code().value().equals(code)).findFirst().orElseThrow();
    }
}
