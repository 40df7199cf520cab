package jp.renkei.normalise.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.renkei.source.survey.Answer;
import jp.renkei.source.survey.AnswerStatus;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.Demographic;
import jp.renkei.source.survey.Question;
import jp.renkei.source.survey.QuestionType;
import jp.renkei.source.survey.RespondentAnswers;

/**
 * The counts behind a survey's published tables, added up respondent by respondent as the response file is read,
 * so that no respondent is held: its size depends on the codebook (questions × options × segments) and, for numeric
 * questions, on the distinct values answered, never on the number of respondents.
 *
 * <p>Counted here as the respondents pass, not afterwards in DuckDB from fct_survey_answer: the heap stays as flat
 * either way, the counts stay exact (sums of the numbers as written, not of doubles) and the load needs no join of
 * millions of answers to their respondents' bands on a 64-character key.
 *
 * <p>Counts are kept for every segment a respondent may fall in: 全体, every band of every demographic, and its
 * 無回答 band, which becomes a segment only when some respondent is in it ({@link #segments()}).
 */
final class SurveyTally {

    private final Codebook codebook;
    /** Every segment a respondent may fall in: 全体 first, then per demographic its bands and 無回答. */
    private final List<Candidate> candidates = new ArrayList<>();
    /** Per demographic, in codebook order: band → index into {@link #candidates}. */
    private final List<Map<String, Integer>> candidateOfBand = new ArrayList<>();
    private final int[] sizes;
    /** Per question of the codebook: an SA/MA question's counts, else null. */
    private final ChoiceCounts[] choices;
    /** Per question of the codebook: a numeric question's valid answers, value → count per candidate, else null. */
    private final List<TreeMap<BigDecimal, int[]>> numbers = new ArrayList<>();

    /** A segment a respondent may fall in; {@code noAnswer} marks the 無回答 band added after the codebook's. */
    private record Candidate(String demographicId, String name, String band, boolean noAnswer) {
    }

    /**
     * One SA or MA question: {@code counts[candidate][column]} over the options in order, then 無回答, then 無効;
     * {@code valid[candidate]} the valid answers; whether any answer was 無効.
     */
    private static final class ChoiceCounts {
        final Map<String, Integer> column = new HashMap<>();
        final int[][] counts;
        final int[] valid;
        boolean anyInvalid;

        ChoiceCounts(Question q, int candidates) {
            for (int o = 0; o < q.options().size(); o++) {
                column.put(q.options().get(o).code(), o);
            }
            counts = new int[candidates][q.options().size() + 2];
            valid = new int[candidates];
        }
    }

    SurveyTally(Codebook codebook) {
        this.codebook = codebook;
        candidates.add(new Candidate(null, null, null, false));
        for (Demographic d : codebook.demographics()) {
            Map<String, Integer> byBand = new HashMap<>();
            List<String> bands = new ArrayList<>(d.bandLabels());
            bands.add(Demographic.NO_ANSWER_BAND);
            for (int b = 0; b < bands.size(); b++) {
                byBand.put(bands.get(b), candidates.size());
                candidates.add(new Candidate(d.id(), d.name(), bands.get(b), b == bands.size() - 1));
            }
            candidateOfBand.add(byBand);
        }
        sizes = new int[candidates.size()];
        choices = new ChoiceCounts[codebook.questions().size()];
        for (int i = 0; i < codebook.questions().size(); i++) {
            Question q = codebook.questions().get(i);
            if (q.isChoice()) {
                choices[i] = new ChoiceCounts(q, candidates.size());
            }
            numbers.add(q.type() == QuestionType.NUMERIC ? new TreeMap<>() : null);
        }
    }

    /** Adds one respondent to 全体 and to its band of every demographic. */
    void add(RespondentAnswers respondent) {
        int[] own = new int[1 + codebook.demographics().size()];
        for (int d = 0; d < codebook.demographics().size(); d++) {
            own[d + 1] = candidateOfBand.get(d).getOrDefault(respondent.bands().get(codebook.demographics().get(d).id()), -1);
        }
        for (int s : own) {
            if (s >= 0) {
                sizes[s]++;
            }
        }
        for (int i = 0; i < choices.length; i++) {
            Answer a = respondent.answers().get(i);
            if (choices[i] != null) {
                addChoice(choices[i], codebook.questions().get(i), a, own);
            } else if (numbers.get(i) != null && a.status() == AnswerStatus.ANSWERED && a.number() != null) {
                int[] counts = numbers.get(i).computeIfAbsent(a.number(), v -> new int[candidates.size()]);
                for (int s : own) {
                    if (s >= 0) {
                        counts[s]++;
                    }
                }
            }
        }
    }

    private static void addChoice(ChoiceCounts t, Question q, Answer a, int[] own) {
        int options = q.options().size();
        if (a.status() == AnswerStatus.ANSWERED) {
            for (String code : a.codes()) {
                int c = t.column.get(code);
                for (int s : own) {
                    if (s >= 0) {
                        t.counts[s][c]++;
                    }
                }
            }
            for (int s : own) {
                if (s >= 0) {
                    t.valid[s]++;
                }
            }
        } else {
            int c = a.status() == AnswerStatus.NO_ANSWER ? options : options + 1;
            t.anyInvalid |= c == options + 1;
            for (int s : own) {
                if (s >= 0) {
                    t.counts[s][c]++;
                }
            }
        }
    }

    /** The segments of the published tables: 全体, the demographics' bands, 無回答 where some respondent is in it. */
    SurveySegments segments() {
        List<SurveySegments.Segment> all = new ArrayList<>();
        List<Integer> candidateOf = new ArrayList<>();
        Map<String, List<SurveySegments.Segment>> byDemographic = new java.util.LinkedHashMap<>();
        codebook.demographics().forEach(d -> byDemographic.put(d.id(), new ArrayList<>()));
        int order = 0;
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            if (candidate.noAnswer() && sizes[c] == 0) {
                continue;
            }
            SurveySegments.Segment s = c == 0 ? new SurveySegments.Segment(ResultCell.ALL, null, null, order++)
                    : new SurveySegments.Segment(candidate.name() + "=" + candidate.band(), candidate.demographicId(),
                            candidate.band(), order++);
            all.add(s);
            candidateOf.add(c);
            if (candidate.demographicId() != null) {
                byDemographic.get(candidate.demographicId()).add(s);
            }
        }
        int[] segmentSizes = new int[all.size()];
        for (int s = 0; s < all.size(); s++) {
            segmentSizes[s] = sizes[candidateOf.get(s)];
        }
        return new SurveySegments(all, byDemographic, segmentSizes, candidateOf.stream().mapToInt(Integer::intValue).toArray());
    }

    /** An SA or MA question's counts in one segment: the options in order, then 無回答, then 無効. */
    int[] choiceCounts(int questionIndex, SurveySegments segments, int segment) {
        return choices[questionIndex].counts[segments.candidateOf()[segment]];
    }

    /** An SA or MA question's valid answers in one segment. */
    int valid(int questionIndex, SurveySegments segments, int segment) {
        return choices[questionIndex].valid[segments.candidateOf()[segment]];
    }

    /** Whether any answer to an SA or MA question was 無効. */
    boolean anyInvalid(int questionIndex) {
        return choices[questionIndex].anyInvalid;
    }

    /** A numeric question's valid answers in one segment, in ascending order. */
    Distribution numbers(int questionIndex, SurveySegments segments, int segment) {
        int candidate = segments.candidateOf()[segment];
        List<BigDecimal> values = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        numbers.get(questionIndex).forEach((v, perCandidate) -> {
            if (perCandidate[candidate] > 0) {
                values.add(v);
                counts.add(perCandidate[candidate]);
            }
        });
        return new Distribution(values, counts.stream().mapToInt(Integer::intValue).toArray());
    }
}
