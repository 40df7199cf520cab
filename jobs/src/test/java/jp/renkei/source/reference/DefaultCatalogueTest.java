package jp.renkei.source.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.renkei.domain.RateBase;
import org.junit.jupiter.api.Test;

/** renkei's own catalogue, and a catalogue in input/reference/ overriding it row by row. */
class DefaultCatalogueTest {

    @Test
    void coversTheMedicalCareSeriesAndTheDenominatorSeries_withScenesAndInitiatives() {
        List<CatalogueEntry> all = DefaultCatalogue.entries();

        assertThat(all).extracting(CatalogueEntry::indicatorId).containsExactly("δ1-c.退院退所加算", "δ1-c.入院時情報連携加算",
                "δ1-c.入院時情報連携加算・退院退所加算算定率", "δ1-c.在宅死亡者数自宅", "δ1-c.看取り介護加算・ターミナルケア加算算定率",
                "B1.第1号被保険者数", "B3-a.認定者数", "B4-a.合計認定者数", "B4-a.第1号被保険者数", "B4-a.認定率");
        assertThat(all.get(0)).satisfies(e -> {
            assertThat(e.scenes()).containsExactly(2); // 入退院支援
            assertThat(e.initiatives()).containsExactly("ウ", "エ");
        });
        assertThat(all.get(3).scenes()).containsExactly(4); // 看取り
        assertThat(all.getLast()).satisfies(e -> {
            assertThat(e.base()).isEqualTo(RateBase.第1号被保険者数);
            assertThat(e.multiplier()).isEqualTo(100);
        });
    }

    @Test
    void aStaffRowReplacesTheDefaultRowOfTheSameIdOrTheSameSeries_theOtherDefaultRowsStay() {
        CatalogueEntry sameId = new CatalogueEntry("B4-a.認定率", "B4-a", "認定率", "認定率（市）", RateBase.第1号被保険者数, 100,
                List.of(1), List.of("イ"), null);
        CatalogueEntry sameSeries = new CatalogueEntry("退院退所", "δ1-c", "退院・退所加算", "退院・退所加算", RateBase.総人口, null,
                List.of(2), List.of("エ"), null);
        CatalogueEntry own = new CatalogueEntry("独自", "Z9", "独自の系列", "独自の系列", null, null, List.of(), List.of(), null);

        List<CatalogueEntry> inForce = DefaultCatalogue.overriddenBy(List.of(sameId, sameSeries, own));

        assertThat(inForce).extracting(CatalogueEntry::indicatorId).containsExactly("B4-a.認定率", "退院退所", "独自",
                "δ1-c.入院時情報連携加算", "δ1-c.入院時情報連携加算・退院退所加算算定率", "δ1-c.在宅死亡者数自宅",
                "δ1-c.看取り介護加算・ターミナルケア加算算定率", "B1.第1号被保険者数", "B3-a.認定者数", "B4-a.合計認定者数",
                "B4-a.第1号被保険者数");
        assertThat(inForce.getFirst().indicatorName()).isEqualTo("認定率（市）");
    }
}
