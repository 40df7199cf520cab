package jp.renkei.normalise.survey;

import java.util.List;
import java.util.Map;

/**
 * The segments of a survey's published tables, 全体 and every band of every demographic (無回答 last, when any
 * respondent left the demographic blank), as {@link SurveyTally} found them.
 *
 * @param all           全体 first, then the bands in codebook order
 * @param byDemographic demographic id → its bands' segments
 * @param sizes         respondents per segment, by index into {@code all}
 * @param candidateOf   per segment, by index into {@code all}: where the tally keeps its counts
 */
record SurveySegments(List<Segment> all, Map<String, List<Segment>> byDemographic, int[] sizes, int[] candidateOf) {

    /** A segment: 全体, or one band of one demographic. */
    record Segment(String label, String demographicId, String band, int order) {
    }

    Segment whole() {
        return all.getFirst();
    }
}
