package jp.renkei.source.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.renkei.input.InputFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFileNameTest {

    // the name is NFKC-normalised: full-width digits and parentheses become ASCII ones
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            A1_第1号被保険者数_時系列.xlsx                                | A1     | 第1号被保険者数              | TIME_SERIES | null | xlsx
            exports/2023/B4-a_要介護認定率_時系列.csv                     | B4-a   | 要介護認定率                 | TIME_SERIES | null | csv
            K3-dd_訪問診療_2023_地域別.xlsx                               | K3-dd  | 訪問診療                     | REGIONAL    | 2023 | xlsx
            O12_通いの場_時系列 (3).xlsx                                  | O12    | 通いの場                     | TIME_SERIES | null | xlsx
            δ1-c_医療介護連携_2022_地域別 (12).CSV                        | δ1-c   | 医療介護連携                 | REGIONAL    | 2022 | csv
            W136_在宅死亡者数（自宅）_時系列.xlsx                         | W136   | 在宅死亡者数(自宅)           | TIME_SERIES | null | xlsx
            Ａ１_第１号被保険者数_２０２３_地域別（３）.xlsx              | A1     | 第1号被保険者数              | REGIONAL    | 2023 | xlsx
            B4-a_要介護_認定率_時系列.xlsx                                | B4-a   | 要介護_認定率                | TIME_SERIES | null | xlsx
            """)
    void parsesBothForms(String file, String id, String name, ExportLayout layout, Integer year, String extension) {
        assertThat(ExportFileName.parse(file)).isEqualTo(new ExportFileName(id, name, layout, year, extension));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "第1号被保険者数.xlsx",
            "A1_第1号被保険者数.xlsx",
            "A1_第1号被保険者数_地域別.xlsx",
            "A1_第1号被保険者数_23_地域別.xlsx",
            "A1_第1号被保険者数_時系列.xls",
            "A1_第1号被保険者数_時系列.pdf",
            "1A_第1号被保険者数_時系列.xlsx",
            "A_第1号被保険者数_時系列.xlsx",
            "A1__時系列.xlsx",
            "A1_第1号被保険者数_時系列 (3) (2).xlsx"})
    void refusesOtherNames(String fileName) {
        assertThatThrownBy(() -> ExportFileName.parse("in/" + fileName))
                .isInstanceOf(InputFileException.class)
                .hasMessage("in/" + fileName + ": not a 見える化 export file name: found \"" + fileName + "\", expected "
                        + "{指標ID}_{指標名}_時系列.xlsx or {指標ID}_{指標名}_{YYYY}_地域別.xlsx (or .csv), "
                        + "e.g. A1_第1号被保険者数_時系列.xlsx or δ1-c_医療介護連携_2023_地域別.csv");
    }
}
