package jp.renkei.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalGovCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            11206, 112062
            11000, 110001
            10006, 100064
            1000, 010006
            01100, 011002
            13101, 131016
            112062, 112062
            00000, 000000
            """)
    void addsOrChecksTheCheckDigit(String given, String code) {
        assertThat(LocalGovCode.parse(given).value()).isEqualTo(code);
    }

    @Test
    void aWrongCheckDigitSaysTheRightCode() {
        assertThatThrownBy(() -> LocalGovCode.parse("112060"))
                .hasMessage("check digit 0 is wrong: the code with its check digit is 112062");
        assertThat(LocalGovCode.isValid("112060")).isFalse();
        assertThat(LocalGovCode.isValid("112062")).isTrue();
    }

    @Test
    void knowsItsPrefecture() {
        LocalGovCode gyoda = LocalGovCode.parse("112062");
        assertThat(gyoda.prefecture().value()).isEqualTo("110001");
        assertThat(gyoda.isPrefecture()).isFalse();
        assertThat(LocalGovCode.ofPrefecture(11).isPrefecture()).isTrue();
        assertThat(LocalGovCode.ofPrefecture(1).value()).isEqualTo("010006");
        assertThat(LocalGovCode.NATION.isNation()).isTrue();
    }
}
