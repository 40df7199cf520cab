package jp.renkei.normalise.survey;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Complementary suppression: given the cells already hidden because they are small, hides more cells until no
 * line a reader can add up gives a hidden cell away.
 *
 * <p>The published tables are described as lines: a set of parts whose sum is a total (the bands of a demographic
 * adding up to 全体; the options of an SA question adding up to a segment's n). Where the total is shown, a reader
 * knows the sum of the line's hidden parts. The rule every line must meet: where something is hidden, at least two
 * parts are hidden and their sum is 0 or at least k, or every part (two or more) is hidden: the sum is then the
 * published total itself and tells nothing more. Where the total is hidden, at least one part is hidden too, so that it cannot be
 * added up. While a line breaks the rule, its smallest non-zero open part is hidden, failing that a zero part,
 * failing that the total (unless the total is fixed, as 全体 is by default); this is repeated until every line
 * meets the rule. It protects against subtraction along each line, the attack a reader of the published table can
 * do by hand; it is not a full linear-programming audit.
 */
public final class SmallCellSuppressor {

    public enum Reason {
        /** Counted from fewer than k respondents (or in a segment of fewer than k). */
        PRIMARY("primary"),
        /** Hidden so that a primary cell cannot be derived from a total. */
        COMPLEMENT("complement");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Parts that add up to the total; every key must have a value. */
    public record Line<K>(List<K> parts, K total) {

        public Line {
            parts = List.copyOf(parts);
        }
    }

    private SmallCellSuppressor() {
    }

    /**
     * @param values  every cell's count
     * @param primary the cells hidden because they are small
     * @param fixed   cells that are published whatever happens (全体 by default): never hidden as a complement
     * @param lines   the additive relations between cells
     * @param rule    k
     * @return every hidden cell and why, in the order they were hidden
     */
    public static <K> Map<K, Reason> suppress(Map<K, Integer> values, Set<K> primary, Set<K> fixed, List<Line<K>> lines,
                                              SuppressionRule rule) {
        Map<K, Reason> hidden = new LinkedHashMap<>();
        primary.forEach(c -> hidden.put(c, Reason.PRIMARY));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line<K> line : lines) {
                while (!meetsRule(values, hidden.keySet(), line, rule)) {
                    Optional<K> complement = complement(values, hidden.keySet(), fixed, line);
                    if (complement.isEmpty()) {
                        break; // only fixed cells left open: nothing more can be done in this line
                    }
                    hidden.put(complement.get(), Reason.COMPLEMENT);
                    changed = true;
                }
            }
        }
        return hidden;
    }

    /** The rule of the class comment, for one line: what the suppression meets and what an audit checks. */
    public static <K> boolean meetsRule(Map<K, Integer> values, Set<K> hidden, Line<K> line, SuppressionRule rule) {
        int hiddenParts = 0;
        long hiddenSum = 0;
        for (K p : line.parts()) {
            if (hidden.contains(p)) {
                hiddenParts++;
                hiddenSum += value(values, p);
            }
        }
        if (hidden.contains(line.total())) {
            return hiddenParts > 0 || line.parts().isEmpty();
        }
        return hiddenParts == 0 || hiddenParts >= 2 && (hiddenParts == line.parts().size() || rule.isSafeSum(hiddenSum));
    }

    private static <K> Optional<K> complement(Map<K, Integer> values, Set<K> hidden, Set<K> fixed, Line<K> line) {
        List<K> open = line.parts().stream().filter(p -> !hidden.contains(p) && !fixed.contains(p)).toList();
        Optional<K> smallestPositive = open.stream().filter(p -> value(values, p) > 0)
                .min(Comparator.comparingInt(p -> value(values, p)));
        if (smallestPositive.isPresent()) {
            return smallestPositive;
        }
        if (!open.isEmpty()) {
            return Optional.of(open.getFirst());
        }
        return hidden.contains(line.total()) || fixed.contains(line.total()) ? Optional.empty() : Optional.of(line.total());
    }

    private static <K> int value(Map<K, Integer> values, K key) {
        Integer v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no value for cell " + key);
        }
        return v;
    }
}
