package jp.renkei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.input.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `renkei catalogue`: every series of the exports listed, what staff wrote kept, new series added. */
class CatalogueCommandTest {

    @TempDir
    Path input;

    private static final String HEAD = "出力日：2026/08/25 確認している地域：埼玉県行田市\n地域,指標,単位,令和4年3月末,令和5年3月末\n";

    private void exports() {
        TestFiles.utf8Bom(input, "indicators/B1_第１号被保険者数_時系列.csv", HEAD + "行田市,第１号被保険者数,（人）,25000,25100\n");
        TestFiles.utf8Bom(input, "indicators/X9_在宅医療_時系列.csv", HEAD
                + "行田市,【注目する地域のみ】訪問診療,（人）,10,11\n"
                + "行田市,【他地域と比較】訪問診療,（人）,12,13\n"
                + "行田市,要介護認定者【65歳以上人口1０万対】,,5.5,6.5\n");
        TestFiles.utf8(input, "indicators/not an export.csv", "a,b\n");
    }

    @Test
    void newFile_listsEverySeriesOnce_defaultRowsForSeriesTheDefaultKnows() throws IOException {
        exports();

        CommandLineTests.Result r = CommandLineTests.run("catalogue", "--input", input.toString());

        assertThat(r.exit()).isEqualTo(1); // written, but one export could not be read
        assertThat(r.err()).contains("renkei catalogue: passed over indicators/not an export.csv: not a 見える化 export file name");
        assertThat(r.out()).contains("3 series in 2 exports; wrote ").contains(": 0 rows kept, 3 added");
        assertThat(read("reference/indicator_catalogue.csv")).isEqualTo("""
                \uFEFFindicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note\r
                B1.第1号被保険者数,B1,第１号被保険者数,第１号被保険者数,,,,イ,分母：第１号被保険者数（介護保険事業状況報告）。第1号被保険者当たりの率の分母になる\r
                X9.訪問診療,X9,訪問診療,訪問診療,,,,,\r
                X9.要介護認定者【65歳以上人口10万対】,X9,要介護認定者【65歳以上人口1０万対】,要介護認定者【65歳以上人口1０万対】,65歳以上人口,100000,,,\r
                """);
    }

    @Test
    void existingFile_keepsWhatStaffWrote_addsOnlyNewSeries_andASecondRunChangesNothing() throws IOException {
        exports();
        TestFiles.cp932(input, "reference/indicator_catalogue.csv", """
                indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note
                訪問診療,X9,訪問診療,訪問診療を受けた患者,総人口,,日常の療養支援・看取り,ウ,staff's own words
                other,Z1,どこにもない系列,残る行,,,,,
                """);

        CommandLineTests.Result first = CommandLineTests.run("catalogue", "--input", input.toString());
        byte[] afterFirst = Files.readAllBytes(input.resolve("reference/indicator_catalogue.csv"));
        CommandLineTests.Result second = CommandLineTests.run("catalogue", "--input", input.toString());

        assertThat(first.out()).contains(": 2 rows kept, 2 added");
        // kept in the file's own encoding (CP932) and exactly as staff wrote them
        assertThat(new String(afterFirst, jp.renkei.input.TextDecoder.CP932)).isEqualTo("""
                indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note\r
                訪問診療,X9,訪問診療,訪問診療を受けた患者,総人口,,日常の療養支援・看取り,ウ,staff's own words\r
                other,Z1,どこにもない系列,残る行,,,,,\r
                B1.第1号被保険者数,B1,第１号被保険者数,第１号被保険者数,,,,イ,分母：第１号被保険者数（介護保険事業状況報告）。第1号被保険者当たりの率の分母になる\r
                X9.要介護認定者【65歳以上人口10万対】,X9,要介護認定者【65歳以上人口1０万対】,要介護認定者【65歳以上人口1０万対】,65歳以上人口,100000,,,\r
                """);
        assertThat(second.out()).contains(": 4 rows kept, 0 added");
        assertThat(Files.readAllBytes(input.resolve("reference/indicator_catalogue.csv"))).isEqualTo(afterFirst);
    }

    private String read(String file) throws IOException {
        return Files.readString(input.resolve(file), StandardCharsets.UTF_8);
    }
}
