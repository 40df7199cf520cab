package jp.renkei.normalise.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.normalise.survey.SurveyRows.QuestionRow;
import jp.renkei.source.survey.AnswerStatus;

/**
 * Audits a survey's published tables for the rule of docs/survey-codebook.md, independently of how they were made:
 * the true counts are counted again here from the answer facts, and every line a reader can add up is taken from the
 * published cells themselves. In every such line where something is hidden, at least two parts are hidden and their
 * sum is 0 or at least k, or every part is hidden (the sum is then the published total); where the total is hidden,
 * at least one part is. Also: no shown count in a band is 1 to k-1, and 全体 is shown in full unless suppressed.
 */
public final class SuppressionAudit {

    private record Cell(String question, String segment, String column) {
    }

    private static final Map<String, AnswerStatus> STATUS = java.util.Arrays.stream(AnswerStatus.values())
            .collect(java.util.stream.Collectors.toMap(AnswerStatus::code, s -> s));

    private SuppressionAudit() {
    }

    /** Every breach found, as a readable line; empty when the tables meet the rule. Also returns how many lines it checked. */
    public static Result audit(PreparedSurvey survey, SuppressionRule rule) {
        SurveyFacts facts = survey.facts();
        int demographics = survey.codebook().demographics().size();
        // each respondent's segments: 全体 and name=band per demographic
        List<String[]> segmentsOf = new ArrayList<>();
        var bands = facts.bands();
        for (int r = 0; r < facts.respondents().size(); r++) {
            String[] own = new String[1 + demographics];
            own[0] = ResultCell.ALL;
            for (int d = 0; d < demographics; d++) {
                var b = bands.get(r * demographics + d);
                own[d + 1] = b.demographicName() + "=" + b.band();
            }
            segmentsOf.add(own);
        }
        Map<Cell, Integer> truth = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        segmentsOf.forEach(own -> {
            for (String s : own) {
                sizes.merge(s, 1, Integer::sum);
            }
        });
        List<QuestionRow> questions = facts.questions();
        int[] last = {-1, -1};
        facts.answerFacts().forEach(f -> {
            String q = questions.get(f.questionOrder() - 1).questionId();
            AnswerStatus status = STATUS.get(f.answerStatus());
            String column;
            if (status == AnswerStatus.ANSWERED) {
                column = f.optionCode();
                boolean first = last[0] != f.respondent() || last[1] != f.questionOrder();
                if (first) {
                    add(truth, segmentsOf.get(f.respondent()), new Cell(q, null, "valid"));
                }
            } else {
                boolean first = last[0] != f.respondent() || last[1] != f.questionOrder();
                column = first ? (status == AnswerStatus.NO_ANSWER ? ResultCell.NO_ANSWER : ResultCell.INVALID) : null;
            }
            last[0] = f.respondent();
            last[1] = f.questionOrder();
            if (column != null) {
                add(truth, segmentsOf.get(f.respondent()), new Cell(q, null, column));
            }
        });

        List<String> breaches = new ArrayList<>();
        int lines = 0;
        Map<String, Map<String, List<ResultCell>>> byQuestionSegment = new LinkedHashMap<>();
        for (ResultCell c : survey.results()) {
            byQuestionSegment.computeIfAbsent(c.questionId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.segment(), k -> new ArrayList<>()).add(c);
            int value = truth.getOrDefault(new Cell(c.questionId(), c.segment(), c.optionCode()), 0);
            if (c.nSelected() != null && c.nSelected() != value) {
                breaches.add("published count differs from the recount: " + c + " recount " + value);
            }
            if (!c.segment().equals(ResultCell.ALL) && c.nSelected() != null && rule.isSmall(c.nSelected())) {
                breaches.add("a small count is shown: " + c);
            }
            if (c.segment().equals(ResultCell.ALL) && !rule.suppressTotal() && (c.suppressed() || c.nScopeSuppressed())) {
                breaches.add("全体 is not published in full: " + c);
            }
        }
        for (var question : byQuestionSegment.entrySet()) {
            String q = question.getKey();
            String type = questions.stream().filter(r -> r.questionId().equals(q)).findFirst().orElseThrow().questionType();
            boolean inScope = questions.stream().filter(r -> r.questionId().equals(q)).findFirst().orElseThrow().noAnswerInScope();
            // the options of an SA question within a segment add up to its n
            if (type.equals("SA")) {
                for (var segment : question.getValue().entrySet()) {
                    List<ResultCell> parts = segment.getValue().stream().filter(c -> inScope
                            || !c.optionCode().equals(ResultCell.NO_ANSWER) && !c.optionCode().equals(ResultCell.INVALID)).toList();
                    ResultCell any = parts.getFirst();
                    lines++;
                    check(breaches, rule, q + " " + segment.getKey(), any.nScopeSuppressed(),
                            parts.stream().filter(ResultCell::suppressed)
                                    .mapToLong(c -> truth.getOrDefault(new Cell(q, c.segment(), c.optionCode()), 0)).toArray(),
                            parts.size());
                }
            }
            // the bands of a demographic add up to 全体, option by option, and for the n
            Map<String, List<ResultCell>> whole = Map.of(ResultCell.ALL, question.getValue().get(ResultCell.ALL));
            Map<String, Map<String, List<ResultCell>>> byDemographic = new LinkedHashMap<>();
            question.getValue().forEach((segment, cells) -> {
                if (!segment.equals(ResultCell.ALL)) {
                    byDemographic.computeIfAbsent(cells.getFirst().demographicId(), k -> new LinkedHashMap<>()).put(segment, cells);
                }
            });
            for (var demographic : byDemographic.values()) {
                for (ResultCell total : whole.get(ResultCell.ALL)) {
                    List<ResultCell> parts = demographic.values().stream().map(cells -> cells.stream()
                            .filter(c -> c.optionCode().equals(total.optionCode())).findFirst().orElseThrow()).toList();
                    lines++;
                    check(breaches, rule, q + " " + total.optionCode() + " across " + parts.getFirst().demographicId(),
                            total.suppressed(), parts.stream().filter(ResultCell::suppressed)
                                    .mapToLong(c -> truth.getOrDefault(new Cell(q, c.segment(), c.optionCode()), 0)).toArray(),
                            parts.size());
                }
                ResultCell anyTotal = whole.get(ResultCell.ALL).getFirst();
                List<ResultCell> ns = demographic.values().stream().map(List::getFirst).toList();
                lines++;
                check(breaches, rule, q + " n across " + ns.getFirst().demographicId(), anyTotal.nScopeSuppressed(),
                        ns.stream().filter(ResultCell::nScopeSuppressed).mapToLong(c -> inScope ? sizes.get(c.segment())
                                : truth.getOrDefault(new Cell(q, c.segment(), "valid"), 0)).toArray(), ns.size());
            }
        }
        return new Result(breaches, lines);
    }

    /**
     * The same audit over the published numeric tables: the bins of a segment add up to its n, and the bands of a
     * demographic to 全体, for the n and for each bin. The counts are recounted from the answer facts.
     */
    public static Result auditNumeric(PreparedSurvey survey, SuppressionRule rule) {
        SurveyFacts facts = survey.facts();
        int demographics = survey.codebook().demographics().size();
        var bands = facts.bands();
        Map<Cell, Integer> truth = new HashMap<>();
        List<QuestionRow> questions = facts.questions();
        facts.answerFacts().forEach(f -> {
            var q = survey.codebook().questions().get(f.questionOrder() - 1);
            if (q.type() != jp.renkei.source.survey.QuestionType.NUMERIC || !f.answerStatus().equals("answered")) {
                return;
            }
            java.math.BigDecimal v = java.math.BigDecimal.valueOf(f.numericValue());
            String bin = q.bins().isEmpty() ? null : q.bins().stream().filter(b -> b.contains(v)).findFirst()
                    .map(jp.renkei.source.survey.NumericBin::label).orElse(NumericCell.OUTSIDE_BINS);
            List<String> segments = new ArrayList<>(List.of(ResultCell.ALL));
            for (int d = 0; d < demographics; d++) {
                var b = bands.get(f.respondent() * demographics + d);
                segments.add(b.demographicName() + "=" + b.band());
            }
            for (String s : segments) {
                truth.merge(new Cell(q.id(), s, null), 1, Integer::sum);
                if (bin != null) {
                    truth.merge(new Cell(q.id(), s, bin), 1, Integer::sum);
                }
            }
        });
        List<String> breaches = new ArrayList<>();
        int lines = 0;
        Map<String, Map<String, List<NumericCell>>> byQuestionSegment = new LinkedHashMap<>();
        for (NumericCell c : survey.numeric()) {
            byQuestionSegment.computeIfAbsent(c.questionId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.segment(), k -> new ArrayList<>()).add(c);
            int n = truth.getOrDefault(new Cell(c.questionId(), c.segment(), null), 0);
            if (c.n() != null && c.n() != n || c.nInBin() != null
                    && c.nInBin() != (int) truth.getOrDefault(new Cell(c.questionId(), c.segment(), c.binLabel()), 0)) {
                breaches.add("published count differs from the recount: " + c);
            }
            boolean band = !c.segment().equals(ResultCell.ALL);
            if (band && (c.n() != null && rule.isSmall(c.n()) || c.nInBin() != null && rule.isSmall(c.nInBin()))) {
                breaches.add("a small count is shown: " + c);
            }
            if (c.n() == null && c.mean() != null) {
                breaches.add("statistics beside a hidden n: " + c);
            }
        }
        for (var question : byQuestionSegment.entrySet()) {
            String q = question.getKey();
            for (var segment : question.getValue().entrySet()) {
                List<NumericCell> parts = segment.getValue().stream().filter(c -> c.binLabel() != null).toList();
                if (!parts.isEmpty()) {
                    lines++;
                    check(breaches, rule, q + " bins of " + segment.getKey(), parts.getFirst().nSuppressed(),
                            parts.stream().filter(NumericCell::suppressed)
                                    .mapToLong(c -> truth.getOrDefault(new Cell(q, c.segment(), c.binLabel()), 0)).toArray(),
                            parts.size());
                }
            }
            List<NumericCell> whole = question.getValue().get(ResultCell.ALL);
            Map<String, Map<String, List<NumericCell>>> byDemographic = new LinkedHashMap<>();
            question.getValue().forEach((segment, cells) -> {
                if (!segment.equals(ResultCell.ALL)) {
                    byDemographic.computeIfAbsent(cells.getFirst().demographicId(), k -> new LinkedHashMap<>()).put(segment, cells);
                }
            });
            for (var demographic : byDemographic.values()) {
                List<NumericCell> ns = demographic.values().stream().map(List::getFirst).toList();
                lines++;
                check(breaches, rule, q + " n across " + ns.getFirst().demographicId(), whole.getFirst().nSuppressed(),
                        ns.stream().filter(NumericCell::nSuppressed)
                                .mapToLong(c -> truth.getOrDefault(new Cell(q, c.segment(), null), 0)).toArray(), ns.size());
                for (NumericCell total : whole) {
                    if (total.binLabel() == null) {
                        continue;
                    }
                    List<NumericCell> parts = demographic.values().stream().map(cells -> cells.stream()
                            .filter(c -> c.binLabel().equals(total.binLabel())).findFirst().orElseThrow()).toList();
                    lines++;
                    check(breaches, rule, q + " " + total.binLabel() + " across " + parts.getFirst().demographicId(),
                            total.suppressed(), parts.stream().filter(NumericCell::suppressed)
                                    .mapToLong(c -> truth.getOrDefault(new Cell(q, c.segment(), c.binLabel()), 0)).toArray(),
                            parts.size());
                }
            }
        }
        return new Result(breaches, lines);
    }

    /** What an audit found, and over how many lines. */
    public record Result(List<String> breaches, int lines) {
    }

    private static void add(Map<Cell, Integer> truth, String[] segments, Cell cell) {
        for (String s : segments) {
            truth.merge(new Cell(cell.question(), s, cell.column()), 1, Integer::sum);
        }
    }

    private static void check(List<String> breaches, SuppressionRule rule, String line, boolean totalHidden, long[] hidden,
                              int parts) {
        long sum = java.util.Arrays.stream(hidden).sum();
        boolean ok = totalHidden ? hidden.length > 0 || parts == 0
                : hidden.length == 0 || hidden.length >= 2 && (hidden.length == parts || sum == 0 || sum >= rule.k());
        if (!ok) {
            breaches.add(line + ": " + hidden.length + " of " + parts + " parts hidden, adding up to " + sum
                    + (totalHidden ? " (total hidden)" : ""));
        }
    }
}
