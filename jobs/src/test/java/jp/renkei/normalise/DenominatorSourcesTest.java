package jp.renkei.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;
import jp.renkei.source.population.PopulationFigure;
import org.junit.jupiter.api.Test;

/** The one rule between population/ and the exports: population/ wins, then the export held or read first. */
class DenominatorSourcesTest {

    private static final LocalDate MARCH = LocalDate.of(2023, 3, 31);

    private static DenominatorSources.Sourced figure(long n, String statistic, String file, int row) {
        return new DenominatorSources.Sourced(new PopulationFigure(new LocalGovCode("112062"), RateBase.第1号被保険者数,
                MARCH, n, statistic, row), file + "-id", file);
    }

    @Test
    void populationFolderWins_equalFiguresAreNoConflict_differentOnesAreReported() {
        var typed = figure(25_100, "介護保険事業状況報告", "population/insured.csv", 2);
        var sameAsTyped = figure(25_100, "見える化 B1", "indicators/B1.csv", 3);
        var other = figure(25_000, "見える化 B4-a", "indicators/B4-a.csv", 4);

        DenominatorSources.Outcome o = DenominatorSources.decide(List.of(typed), List.of(), List.of(sameAsTyped, other));

        assertThat(o.toStage()).isEmpty();
        assertThat(o.conflicts()).extracting(DenominatorSources.Conflict::message).containsExactly(
                "indicators/B4-a.csv row 4 gives 112062 第1号被保険者数 on 2023-03-31 as 25,000; population/insured.csv row 2 "
                        + "gives 25,100, which is kept (population/ wins over an export)");
        assertThat(o.conflicts().getFirst().againstPopulationFolder()).isTrue();
    }

    @Test
    void betweenExports_theOneAlreadyLoadedOrReadFirstWins() {
        var held = figure(25_100, "見える化 B1", "indicators/B1.csv", 3);
        var later = figure(25_000, "見える化 B4-a", "indicators/B4-a.csv", 4);
        var elsewhere = new DenominatorSources.Sourced(new PopulationFigure(new LocalGovCode("110001"), RateBase.第1号被保険者数,
                MARCH, 1_900_000, "見える化 B4-a", 5), "indicators/B4-a.csv-id", "indicators/B4-a.csv");

        DenominatorSources.Outcome o = DenominatorSources.decide(List.of(), List.of(held), List.of(later, elsewhere));

        assertThat(o.toStage()).containsExactly(elsewhere);
        assertThat(o.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kept()).isEqualTo(held);
            assertThat(c.againstPopulationFolder()).isFalse();
            assertThat(c.message()).endsWith("gives 25,100, which is kept (the export read first wins)");
        });
    }

    @Test
    void denominatorSeriesAreKnownByName() {
        assertThat(ExportDenominators.baseOf("第１号被保険者数")).contains(RateBase.第1号被保険者数);
        assertThat(ExportDenominators.baseOf("合計認定者数")).contains(RateBase.認定者数);
        assertThat(ExportDenominators.baseOf("【他地域と比較】認定者数（人）")).contains(RateBase.認定者数);
        assertThat(ExportDenominators.baseOf("総人口")).contains(RateBase.総人口);
        assertThat(ExportDenominators.baseOf("65歳以上人口")).contains(RateBase.六十五歳以上人口);
        assertThat(ExportDenominators.baseOf("認定率")).isEmpty();
        assertThat(ExportDenominators.baseOf("第1号被保険者1人あたり給付月額")).isEmpty();
    }
}
