package jp.renkei.normalise.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.source.survey.ChoiceOption;
import jp.renkei.source.survey.Codebook;
import jp.renkei.normalise.survey.SurveySegments.Segment;
import jp.renkei.source.survey.Question;
import jp.renkei.source.survey.QuestionType;

/**
 * The tables the city publishes, for every SA and MA question: per option, respondents choosing it ÷
 * respondents in scope, for 全体 and for every band of every demographic, with small cells suppressed.
 *
 * <p>In scope are all respondents of the segment, 無回答 and invalid answers included, unless the question's
 * no_answer_in_scope is false: then only valid answers. Over-selected and unreadable answers choose no option
 * (they are the 無効 row, published when the question has any). Every count of the survey is suppressed in one
 * go, because tables share cells: 全体 appears under every demographic, and a segment's size is the n of every
 * question with 無回答 in scope.
 */
public final class SurveyResults {

    /** A count cell: size of a segment (question null, column "n"), a question's n (column "n"), or a row's count. */
    record Key(String questionId, String segment, String column) {
    }

    private static final String N = "\u0000n";

    private SurveyResults() {
    }

    /** @param tally the survey's counts, every respondent added */
    static List<ResultCell> compute(Codebook codebook, SurveyTally tally, SuppressionRule rule) {
        SurveySegments segmentation = tally.segments();
        List<Segment> all = segmentation.all();
        Map<String, List<Segment>> segmentsByDemographic = segmentation.byDemographic();
        Segment whole = segmentation.whole();
        int[] sizes = segmentation.sizes();
        Map<Key, Integer> values = new HashMap<>();
        Set<Key> primary = new HashSet<>();
        List<SmallCellSuppressor.Line<Key>> lines = new ArrayList<>();
        for (int s = 0; s < all.size(); s++) {
            values.put(size(all.get(s)), sizes[s]);
        }
        segmentsByDemographic.values().forEach(segs -> lines.add(new SmallCellSuppressor.Line<>(
                segs.stream().map(SurveyResults::size).toList(), size(whole))));

        List<Question> questions = codebook.questions().stream().filter(Question::isChoice).toList();
        Map<String, List<String>> columnsByQuestion = new LinkedHashMap<>();
        for (Question q : questions) {
            int questionIndex = codebook.questions().indexOf(q);
            boolean anyInvalid = tally.anyInvalid(questionIndex);
            List<String> columns = new ArrayList<>(q.options().stream().map(ChoiceOption::code).toList());
            columns.add(ResultCell.NO_ANSWER);
            if (anyInvalid) {
                columns.add(ResultCell.INVALID);
            }
            columnsByQuestion.put(q.id(), columns);
            for (int si = 0; si < all.size(); si++) {
                Segment s = all.get(si);
                int[] counts = tally.choiceCounts(questionIndex, segmentation, si);
                for (int c = 0; c < columns.size(); c++) {
                    values.put(cell(q, s, columns.get(c)), counts[c]);
                }
                if (!q.noAnswerInScope()) {
                    values.put(scope(q, s), tally.valid(questionIndex, segmentation, si));
                    List<Key> outside = new ArrayList<>();
                    outside.add(scope(q, s));
                    outside.add(cell(q, s, ResultCell.NO_ANSWER));
                    if (anyInvalid) {
                        outside.add(cell(q, s, ResultCell.INVALID));
                    }
                    lines.add(new SmallCellSuppressor.Line<>(outside, size(s)));
                }
                if (q.type() == QuestionType.SA) {
                    List<Key> parts = new ArrayList<>();
                    for (String c : columns) {
                        if (q.noAnswerInScope() || !c.equals(ResultCell.NO_ANSWER) && !c.equals(ResultCell.INVALID)) {
                            parts.add(cell(q, s, c));
                        }
                    }
                    lines.add(new SmallCellSuppressor.Line<>(parts, scope(q, s)));
                }
                int segmentScope = values.get(scope(q, s));
                for (String c : columns) {
                    int v = values.get(cell(q, s, c));
                    if ((rule.isSmall(v) || rule.isSmall(segmentScope)) && (s != whole || rule.suppressTotal())) {
                        primary.add(cell(q, s, c));
                    }
                }
            }
            for (List<Segment> segs : segmentsByDemographic.values()) {
                for (String c : columns) {
                    lines.add(new SmallCellSuppressor.Line<>(segs.stream().map(s -> cell(q, s, c)).toList(), cell(q, whole, c)));
                }
                if (!q.noAnswerInScope()) {
                    lines.add(new SmallCellSuppressor.Line<>(segs.stream().map(s -> scope(q, s)).toList(), scope(q, whole)));
                }
            }
        }
        Set<Key> fixed = new HashSet<>();
        for (Map.Entry<Key, Integer> e : values.entrySet()) {
            boolean total = e.getKey().segment().equals(ResultCell.ALL);
            if (total && !rule.suppressTotal()) {
                fixed.add(e.getKey()); // 全体 is published in full, as the city prints it
            } else if (e.getKey().column().equals(N) && rule.isSmall(e.getValue())) {
                primary.add(e.getKey());
            }
        }
        Map<Key, SmallCellSuppressor.Reason> hidden = SmallCellSuppressor.suppress(values, primary, fixed, lines, rule);

        List<ResultCell> cells = new ArrayList<>();
        String surveyId = codebook.survey().id();
        for (Question q : questions) {
            int questionOrder = codebook.questions().indexOf(q) + 1;
            List<String> columns = columnsByQuestion.get(q.id());
            for (Segment s : all) {
                Key scopeKey = scope(q, s);
                boolean scopeHidden = hidden.containsKey(scopeKey);
                Integer nScope = scopeHidden ? null : values.get(scopeKey);
                for (int i = 0; i < columns.size(); i++) {
                    String c = columns.get(i);
                    Key key = cell(q, s, c);
                    SmallCellSuppressor.Reason reason = hidden.get(key);
                    Integer nSelected = reason == null ? values.get(key) : null;
                    boolean share = q.noAnswerInScope() || !c.equals(ResultCell.NO_ANSWER) && !c.equals(ResultCell.INVALID);
                    BigDecimal pct = share && nScope != null && nSelected != null && nScope > 0
                            ? BigDecimal.valueOf(nSelected * 100L).divide(BigDecimal.valueOf(nScope), 1, RoundingMode.HALF_UP)
                            : null;
                    String label = i < q.options().size() ? q.options().get(i).label() : c;
                    cells.add(new ResultCell(surveyId, q.id(), questionOrder, q.text(), c, label, i + 1, s.label(),
                            s.demographicId(), s.band(), s.order(), nScope, nSelected, pct, reason != null, scopeHidden,
                            reason == null ? null : reason.code(), rule.k()));
                }
            }
        }
        return cells;
    }

    private static Key size(Segment s) {
        return new Key(null, s.label(), N);
    }

    /** The n of a question: the segment's size itself when 無回答 is in scope, so that both are hidden alike. */
    private static Key scope(Question q, Segment s) {
        return q.noAnswerInScope() ? size(s) : new Key(q.id(), s.label(), N);
    }

    private static Key cell(Question q, Segment s, String column) {
        return new Key(q.id(), s.label(), column);
    }
}
