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

    /*
     *          X    Y   n
     *   A     [3]  20   23
     *   B     10   15   25
     *   全体   13   35   48
     * k = 5: A/X is small. Column X has one hidden → hide B/X (10, the only other part). Row A has one →
     * hide A/Y; row B now has one → hide B/Y; column Y then has two. Totals stay published.
     */
    @Test
    void hidesComplementsUntilNoLineHasASingleHiddenCell() {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.putAll(Map.of("AX", 3, "AY", 20, "An", 23, "BX", 10, "BY", 15, "Bn", 25, "TX", 13, "TY", 35, "Tn", 48));
        List<Line<String>> lines = List.of(
                new Line<>(List.of("AX", "BX"), "TX"), new Line<>(List.of("AY", "BY"), "TY"), new Line<>(List.of("An", "Bn"), "Tn"),
                new Line<>(List.of("AX", "AY"), "An"), new Line<>(List.of("BX", "BY"), "Bn"), new Line<>(List.of("TX", "TY"), "Tn"));
        SuppressionRule rule = SuppressionRule.defaults();
        Set<String> primary = Set.copyOf(values.keySet().stream().filter(k -> rule.isSmall(values.get(k))).toList());

        assertThat(SmallCellSuppressor.suppress(values, primary, lines)).containsExactly(
                Map.entry("AX", Reason.PRIMARY), Map.entry("BX", Reason.COMPLEMENT), Map.entry("AY", Reason.COMPLEMENT),
                Map.entry("BY", Reason.COMPLEMENT));
    }

    @Test
    void prefersTheSmallestNonZeroPartAndFallsBackToTheTotal() {
        Map<String, Integer> values = Map.of("a", 2, "b", 0, "c", 9, "d", 7, "t", 18);
        assertThat(SmallCellSuppressor.suppress(values, Set.of("a"), List.of(new Line<>(List.of("a", "b", "c", "d"), "t"))))
                .containsOnlyKeys("a", "d");
        assertThat(SmallCellSuppressor.suppress(Map.of("a", 2, "t", 2), Set.of("a"), List.of(new Line<>(List.of("a"), "t"))))
                .containsEntry("t", Reason.COMPLEMENT);
    }

    @Test
    void zeroIsNotSmallButOneToKMinusOneIs() {
        SuppressionRule rule = new SuppressionRule(5);
        assertThat(List.of(0, 1, 4, 5).stream().map(rule::isSmall).toList()).containsExactly(false, true, true, false);
    }
}
