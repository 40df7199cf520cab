package jp.renkei.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitLabelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            （人）                  | COUNT | null             | null
            人                      | COUNT | null             | null
            （%）                   | PERCENT | null           | 100
            （％）                  | PERCENT | null           | 100
            回（人口10万対）         | RATE  | 総人口            | 100000
            人（人口10万対）         | RATE  | 総人口            | 100000
            [人口１０万対]           | RATE  | 総人口            | 100000
            [認定者1万対]            | RATE  | 認定者数          | 10000
            【65歳以上人口1万対】     | RATE  | 65歳以上人口      | 10000
            （第1号被保険者1万対）    | RATE  | 第1号被保険者数    | 10000
            （人口千対）             | RATE  | 総人口            | 1000
            （10万対）               | RATE  | null             | 100000
            （円）                  | MONEY | null             | null
            （人)                   | COUNT | null             | null
            （日）                  | OTHER | null             | null
            """)
    void readsTheDenominatorOutOfTheUnit(String unit, ValueKind kind, String base, Integer multiplier) {
        UnitLabel u = UnitLabel.parse(unit);
        assertThat(u.raw()).isEqualTo(unit);
        assertThat(u.kind()).isEqualTo(kind);
        assertThat(u.base() == null ? null : u.base().label()).isEqualTo(base);
        assertThat(u.multiplier()).isEqualTo(multiplier);
    }

    /** The unit with its series name: what the name says about an index, money or a base the unit does not name. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            （人)      | 第１号被保険者数                              | COUNT   | null         | null
            （%）      | 入院時情報連携加算 算定率                       | PERCENT | null         | 100
            （%）      | 入院時情報連携加算 算定率（偏差値）               | INDEX   | null         | null
            null       | 退院・退所加算（偏差値）                         | INDEX   | null         | null
            （人）     | 在宅死亡者数（自宅）（偏差値）                    | INDEX   | null         | null
            null       | 地域差指数（調整済み第1号被保険者1人あたり給付月額）| INDEX   | null         | null
            （円）     | 第1号被保険者1人あたり給付月額                    | MONEY   | null         | null
            null       | 第1号被保険者1人あたり給付月額                    | MONEY   | null         | null
            （千円)    | 給付費                                        | MONEY   | null         | null
            （人)      | 訪問診療の利用者数【65歳以上人口1０万対】           | RATE    | 65歳以上人口  | 100000
            null       | 認定者数【第1号被保険者1万対】                     | RATE    | 第1号被保険者数 | 10000
            （10万対）  | 看取り加算【人口10万対】                          | RATE    | 総人口        | 100000
            回（人口10万対）| 円滑な入退院支援                              | RATE    | 総人口        | 100000
            """)
    void readsTheKindFromTheUnitAndTheSeriesName(String unit, String series, ValueKind kind, String base, Integer multiplier) {
        UnitLabel u = UnitLabel.parse(unit, series);
        assertThat(u.kind()).isEqualTo(kind);
        assertThat(u.base() == null ? null : u.base().label()).isEqualTo(base);
        assertThat(u.multiplier()).isEqualTo(multiplier);
    }
}
