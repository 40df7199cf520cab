package jp.renkei.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitLabelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            （人）                  | COUNT | null             | null
            人                      | COUNT | null             | null
            （%）                   | RATE  | null             | 100
            （％）                  | RATE  | null             | 100
            回（人口10万対）         | RATE  | 総人口            | 100000
            人（人口10万対）         | RATE  | 総人口            | 100000
            [人口１０万対]           | RATE  | 総人口            | 100000
            [認定者1万対]            | RATE  | 認定者数          | 10000
            【65歳以上人口1万対】     | RATE  | 65歳以上人口      | 10000
            （第1号被保険者1万対）    | RATE  | 第1号被保険者数    | 10000
            （人口千対）             | RATE  | 総人口            | 1000
            （10万対）               | RATE  | null             | 100000
            （円）                  | OTHER | null             | null
            """)
    void readsTheDenominatorOutOfTheUnit(String unit, ValueKind kind, String base, Integer multiplier) {
        UnitLabel u = UnitLabel.parse(unit);
        assertThat(u.raw()).isEqualTo(unit);
        assertThat(u.kind()).isEqualTo(kind);
        assertThat(u.base() == null ? null : u.base().label()).isEqualTo(base);
        assertThat(u.multiplier()).isEqualTo(multiplier);
    }
}
