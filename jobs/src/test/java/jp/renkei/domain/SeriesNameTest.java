package jp.renkei.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesNameTest {

    @Test
    void displayModePrefixIsSplitOff() {
        assertThat(SeriesName.parse("【注目する地域のみ】要介護認定率")).isEqualTo(new SeriesName("要介護認定率", "注目する地域のみ"));
        assertThat(SeriesName.parse(" 【他地域と比較】 要介護認定率 ")).isEqualTo(new SeriesName("要介護認定率", "他地域と比較"));
        assertThat(SeriesName.parse("要介護認定率【65歳以上人口1万対】")).isEqualTo(new SeriesName("要介護認定率【65歳以上人口1万対】", null));
    }

    @Test
    void derivedIdIsStable_fullWidthAndSpacesDoNotMakeAnotherId() {
        assertThat(SeriesName.derivedIndicatorId("B1", "第１号被保険者数")).isEqualTo("B1.第1号被保険者数");
        assertThat(SeriesName.derivedIndicatorId("B1", "第1号 被保険者数")).isEqualTo("B1.第1号被保険者数");
    }

    @Test
    void aBaseInTheNameIsARate() {
        UnitLabel u = SeriesName.rateInName("要介護認定者【65歳以上人口1０万対】");
        assertThat(u.base()).isEqualTo(RateBase.六十五歳以上人口);
        assertThat(u.multiplier()).isEqualTo(100_000);
        assertThat(SeriesName.rateInName("訪問診療を受けた患者数")).isNull();
    }
}
