package jp.renkei.normalise.survey;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Complementary suppression: given the cells already hidden because they are small, hides more cells until no
 * hidden cell can be worked out by subtraction from a published total.
 *
 * <p>The published tables are described as lines: a set of parts whose sum is a total, where parts and total
 * are cells (a column of bands summing to 全体; for SA, the options of a row summing to its n). A line with
 * exactly one hidden cell gives that cell away; so while any line has exactly one, another cell of that line is
 * hidden too: the smallest non-zero part, failing that a zero part, failing that the total. This is repeated
 * until no line has exactly one hidden cell. It protects against subtraction along each line, the attack a
 * reader of the published table can do by hand; it is not a full linear-programming audit.
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
     * @param lines   the additive relations between cells
     * @return every hidden cell and why, in the order they were hidden
     */
    public static <K> Map<K, Reason> suppress(Map<K, Integer> values, Set<K> primary, List<Line<K>> lines) {
        Map<K, Reason> hidden = new LinkedHashMap<>();
        primary.forEach(c -> hidden.put(c, Reason.PRIMARY));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line<K> line : lines) {
                long hiddenInLine = line.parts().stream().filter(hidden::containsKey).count()
                        + (hidden.containsKey(line.total()) ? 1 : 0);
                if (hiddenInLine != 1) {
                    continue;
                }
                Optional<K> complement = complement(values, hidden, line);
                if (complement.isPresent()) {
                    hidden.put(complement.get(), Reason.COMPLEMENT);
                    changed = true;
                }
            }
        }
        return hidden;
    }

    private static <K> Optional<K> complement(Map<K, Integer> values, Map<K, Reason> hidden, Line<K> line) {
        List<K> open = line.parts().stream().filter(p -> !hidden.containsKey(p)).toList();
        Optional<K> smallestPositive = open.stream().filter(p -> value(values, p) > 0)
                .min(Comparator.comparingInt(p -> value(values, p)));
        if (smallestPositive.isPresent()) {
            return smallestPositive;
        }
        if (!open.isEmpty()) {
            return Optional.of(open.getFirst());
        }
        return hidden.containsKey(line.total()) ? Optional.empty() : Optional.of(line.total());
    }

    private static <K> int value(Map<K, Integer> values, K key) {
        Integer v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no value for cell " + key);
        }
        return v;
    }
}
