package jp.renkei.normalise.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.normalise.survey.SurveySegments.Segment;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.NumericBin;
import jp.renkei.source.survey.Question;
import jp.renkei.source.survey.QuestionType;

/**
 * The published tables of numeric questions: per segment, n (valid answers), mean, median and quartiles, and the
 * distribution over the codebook's bins with shares. The same suppression as the choice tables: a bin or an n of 1
 * to k-1 respondents is hidden, and complements so that every line a reader can add up (the bins of a segment to its
 * n; the bands of a demographic to 全体, for n and for each bin) meets the rule of {@link SmallCellSuppressor}. The
 * statistics are shown only beside a shown n: they describe fewer than k respondents nowhere.
 */
public final class NumericResults {

    /** A count cell: a segment's n (bin null) or a bin's count. */
    private record Key(String questionId, String segment, String bin) {
    }

    private NumericResults() {
    }

    /** @param tally the survey's counts, every respondent added */
    static List<NumericCell> compute(Codebook codebook, SurveyTally tally, SuppressionRule rule) {
        List<Question> questions = codebook.questions().stream().filter(q -> q.type() == QuestionType.NUMERIC).toList();
        if (questions.isEmpty()) {
            return List.of();
        }
        SurveySegments segmentation = tally.segments();
        List<Segment> all = segmentation.all();
        Map<Key, Integer> values = new HashMap<>();
        Set<Key> primary = new HashSet<>();
        Set<Key> fixed = new HashSet<>();
        List<SmallCellSuppressor.Line<Key>> lines = new ArrayList<>();
        Map<String, List<Distribution>> valuesByQuestion = new HashMap<>();
        Map<String, List<String>> binsByQuestion = new HashMap<>();
        for (Question q : questions) {
            int index = codebook.questions().indexOf(q);
            List<Distribution> bySegment = new ArrayList<>();
            for (int si = 0; si < all.size(); si++) {
                bySegment.add(tally.numbers(index, segmentation, si));
            }
            valuesByQuestion.put(q.id(), bySegment);
            List<String> bins = new ArrayList<>(q.bins().stream().map(NumericBin::label).toList());
            if (!q.bins().isEmpty() && bySegment.getFirst().values().stream().anyMatch(v -> bin(q, v) == null)) {
                bins.add(NumericCell.OUTSIDE_BINS);
            }
            binsByQuestion.put(q.id(), bins);
            for (int si = 0; si < all.size(); si++) {
                Segment s = all.get(si);
                Distribution own = bySegment.get(si);
                Key n = new Key(q.id(), s.label(), null);
                values.put(n, own.size());
                List<Key> parts = new ArrayList<>();
                for (String b : bins) {
                    Key k = new Key(q.id(), s.label(), b);
                    int inBin = 0;
                    for (int v = 0; v < own.values().size(); v++) {
                        if (b.equals(label(q, own.values().get(v)))) {
                            inBin += own.counts()[v];
                        }
                    }
                    values.put(k, inBin);
                    parts.add(k);
                }
                if (!parts.isEmpty()) {
                    lines.add(new SmallCellSuppressor.Line<>(parts, n));
                }
            }
            for (List<Segment> bands : segmentation.byDemographic().values()) {
                lines.add(new SmallCellSuppressor.Line<>(bands.stream().map(s -> new Key(q.id(), s.label(), null)).toList(),
                        new Key(q.id(), ResultCell.ALL, null)));
                for (String b : bins) {
                    lines.add(new SmallCellSuppressor.Line<>(bands.stream().map(s -> new Key(q.id(), s.label(), b)).toList(),
                            new Key(q.id(), ResultCell.ALL, b)));
                }
            }
        }
        for (Map.Entry<Key, Integer> e : values.entrySet()) {
            if (e.getKey().segment().equals(ResultCell.ALL) && !rule.suppressTotal()) {
                fixed.add(e.getKey()); // 全体 is published in full, as for the choice tables
            } else if (rule.isSmall(e.getValue())
                    || rule.isSmall(values.get(new Key(e.getKey().questionId(), e.getKey().segment(), null)))) {
                primary.add(e.getKey());
            }
        }
        Map<Key, SmallCellSuppressor.Reason> hidden = SmallCellSuppressor.suppress(values, primary, fixed, lines, rule);

        List<NumericCell> cells = new ArrayList<>();
        for (Question q : questions) {
            int questionOrder = codebook.questions().indexOf(q) + 1;
            List<String> bins = binsByQuestion.get(q.id());
            for (int si = 0; si < all.size(); si++) {
                Segment s = all.get(si);
                Key nKey = new Key(q.id(), s.label(), null);
                boolean nHidden = hidden.containsKey(nKey);
                Distribution own = valuesByQuestion.get(q.id()).get(si);
                Integer n = nHidden ? null : own.size();
                boolean stats = n != null && n > 0;
                BigDecimal mean = stats ? mean(own) : null;
                BigDecimal median = stats ? quantile(own, 2) : null;
                BigDecimal q1 = stats ? quantile(own, 1) : null;
                BigDecimal q3 = stats ? quantile(own, 3) : null;
                if (bins.isEmpty()) {
                    cells.add(new NumericCell(codebook.survey().id(), q.id(), questionOrder, q.text(), s.label(),
                            s.demographicId(), s.band(), s.order(), n, nHidden, mean, median, q1, q3, null, 0, null, null,
                            null, null, false, null, rule.k()));
                    continue;
                }
                for (int b = 0; b < bins.size(); b++) {
                    Key k = new Key(q.id(), s.label(), bins.get(b));
                    SmallCellSuppressor.Reason reason = hidden.get(k);
                    Integer count = reason == null ? values.get(k) : null;
                    BigDecimal pct = count != null && n != null && n > 0
                            ? BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP) : null;
                    NumericBin bin = b < q.bins().size() ? q.bins().get(b) : null;
                    cells.add(new NumericCell(codebook.survey().id(), q.id(), questionOrder, q.text(), s.label(),
                            s.demographicId(), s.band(), s.order(), n, nHidden, mean, median, q1, q3, bins.get(b), b + 1,
                            bin == null ? null : bin.min(), bin == null ? null : bin.max(), count, pct, reason != null,
                            reason == null ? null : reason.code(), rule.k()));
                }
            }
        }
        return cells;
    }

    private static NumericBin bin(Question q, BigDecimal v) {
        return q.bins().stream().filter(b -> b.contains(v)).findFirst().orElse(null);
    }

    private static String label(Question q, BigDecimal v) {
        NumericBin b = bin(q, v);
        return b == null ? NumericCell.OUTSIDE_BINS : b.label();
    }

    static BigDecimal mean(Distribution sorted) {
        return sorted.sum().divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The {@code quarter}/4 quantile of sorted values, interpolated linearly between the two closest (Excel's
     * QUARTILE.INC, DuckDB's quantile_cont): position (n - 1) × quarter / 4 from the smallest.
     */
    static BigDecimal quantile(Distribution sorted, int quarter) {
        int n = sorted.size();
        int numerator = (n - 1) * quarter; // position = numerator / 4
        int lower = numerator / 4;
        int remainder = numerator % 4;
        BigDecimal low = sorted.get(lower);
        if (remainder == 0) {
            return low.stripTrailingZeros().scale() < 0 ? low.setScale(0) : low.stripTrailingZeros();
        }
        BigDecimal high = sorted.get(lower + 1);
        BigDecimal value = low.add(high.subtract(low).multiply(BigDecimal.valueOf(remainder)).divide(BigDecimal.valueOf(4)));
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
