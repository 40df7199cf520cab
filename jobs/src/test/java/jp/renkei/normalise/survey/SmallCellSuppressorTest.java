package jp.renkei.normalise.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.normalise.survey.SmallCellSuppressor.Line;
import jp.renkei.normalise.survey.SmallCellSuppressor.Reason;
import org.junit.jupiter.api.Test;

class SmallCellSuppressorTest {

    private static final SuppressionRule K5 = SuppressionRule.defaults();

    /*
     *          X    Y   n
     *   A     [3]  20   23
     *   B     10   15   25
     *   全体   13   35   48
     * k = 5: A/X is small. Column X has one hidden → hide B/X (10, the only other part): 3 + 10 = 13 ≥ 5. Row A has
     * one → hide A/Y (every part of the row); row B likewise → hide B/Y; column Y then has two. Totals stay published.
     */
    @Test
    void hidesComplementsUntilEveryLineMeetsTheRule() {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.putAll(Map.of("AX", 3, "AY", 20, "An", 23, "BX", 10, "BY", 15, "Bn", 25, "TX", 13, "TY", 35, "Tn", 48));
        List<Line<String>> lines = List.of(
                new Line<>(List.of("AX", "BX"), "TX"), new Line<>(List.of("AY", "BY"), "TY"), new Line<>(List.of("An", "Bn"), "Tn"),
                new Line<>(List.of("AX", "AY"), "An"), new Line<>(List.of("BX", "BY"), "Bn"), new Line<>(List.of("TX", "TY"), "Tn"));
        Set<String> primary = Set.copyOf(values.keySet().stream().filter(k -> K5.isSmall(values.get(k))).toList());

        assertThat(SmallCellSuppressor.suppress(values, primary, Set.of(), lines, K5)).containsExactly(
                Map.entry("AX", Reason.PRIMARY), Map.entry("BX", Reason.COMPLEMENT), Map.entry("AY", Reason.COMPLEMENT),
                Map.entry("BY", Reason.COMPLEMENT));
    }

    @Test
    void prefersTheSmallestNonZeroPartAndFallsBackToTheTotal() {
        Map<String, Integer> values = Map.of("a", 2, "b", 0, "c", 9, "d", 7, "t", 18);
        assertThat(SmallCellSuppressor.suppress(values, Set.of("a"), Set.of(), List.of(new Line<>(List.of("a", "b", "c", "d"), "t")), K5))
                .containsOnlyKeys("a", "d");
        assertThat(SmallCellSuppressor.suppress(Map.of("a", 2, "t", 2), Set.of("a"), Set.of(), List.of(new Line<>(List.of("a"), "t")), K5))
                .containsEntry("t", Reason.COMPLEMENT);
    }

    /* Two hidden cells of 1 and 1 tell a reader that they add up to 2 (t − 18): a third is hidden, 8, to make it 10. */
    @Test
    void hiddenCellsThatAddUpToFewerThanKGetAnotherComplement() {
        Map<String, Integer> values = Map.of("a", 1, "b", 1, "c", 10, "d", 8, "t", 20);
        Line<String> line = new Line<>(List.of("a", "b", "c", "d"), "t");
        assertThat(SmallCellSuppressor.meetsRule(values, Set.of("a", "b"), line, K5)).isFalse();
        assertThat(SmallCellSuppressor.suppress(values, Set.of("a", "b"), Set.of(), List.of(line), K5))
                .containsOnlyKeys("a", "b", "d");
        // two hidden zeros tell nothing, and every part hidden tells only the published total
        assertThat(SmallCellSuppressor.meetsRule(Map.of("a", 0, "b", 0, "c", 6, "t", 6), Set.of("a", "b"),
                new Line<>(List.of("a", "b", "c"), "t"), K5)).isTrue();
        assertThat(SmallCellSuppressor.meetsRule(Map.of("a", 1, "b", 2, "t", 3), Set.of("a", "b"),
                new Line<>(List.of("a", "b"), "t"), K5)).isTrue();
    }

    /* A fixed total (全体, published in full) is never hidden: the parts are hidden instead, down to the last. */
    @Test
    void aFixedTotalStaysPublished() {
        Map<String, Integer> values = Map.of("a", 1, "b", 0, "t", 1);
        assertThat(SmallCellSuppressor.suppress(values, Set.of("a"), Set.of("t"), List.of(new Line<>(List.of("a", "b"), "t")), K5))
                .containsOnlyKeys("a", "b");
    }

    @Test
    void zeroIsNotSmallButOneToKMinusOneIs() {
        SuppressionRule rule = new SuppressionRule(5);
        assertThat(List.of(0, 1, 4, 5).stream().map(rule::isSmall).toList()).containsExactly(false, true, true, false);
    }
}
