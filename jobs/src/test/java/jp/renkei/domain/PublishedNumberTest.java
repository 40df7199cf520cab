package jp.renkei.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            427.8      | 427.8
            516.0      | 516.0
            537        | 537
            78,617     | 78617
            １２３．５   | 123.5
            7,344,765  | 7344765
            -3.5       | -3.5
            −3.5       | -3.5
            0.125      | 0.125
            """)
    void keepsTheExactDecimal(String cell, String expected) {
        PublishedNumber n = PublishedNumber.parse(cell);
        assertThat(n.isMissing()).isFalse();
        assertThat(n.value().toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "-", "－", "―", "‐", "−", "***", "  "})
    void missingTokensAreNullNeverZero(String cell) {
        PublishedNumber n = PublishedNumber.parse(cell);
        assertThat(n.isMissing()).isTrue();
        assertThat(n.value()).isNull();
        assertThat(n.missingToken()).isEqualTo(cell.strip());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc", "12a", "1,2,3", "４２７．８%"})
    void anythingElseIsNotANumber(String cell) {
        assertThatThrownBy(() -> PublishedNumber.parse(cell)).hasMessage("not a number");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e99999999999", "1e400", "-1e400", "1e-400", "1e16", "2,000,000,000,000,000", "１ｅ４００"})
    void anAbsurdMagnitudeIsOutOfRangeNotInfinityAndNotACrash(String cell) {
        assertThatThrownBy(() -> PublishedNumber.parse(cell)).isInstanceOf(PublishedNumber.OutOfRangeException.class)
                .hasMessage("number out of range");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e15", "123456789012345", "1.5e3", "0.000000000000001", "0", "0e5000"})
    void largeAndSmallFiguresWithinRangeAreKept(String cell) {
        assertThat(PublishedNumber.parse(cell).value()).isNotNull();
    }
}
