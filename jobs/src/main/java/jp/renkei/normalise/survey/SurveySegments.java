package jp.renkei.normalise.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.Demographic;
import jp.renkei.source.survey.RespondentAnswers;

/**
 * The segments of a survey's published tables, 全体 and every band of every demographic (無回答 last, when any
 * respondent left the demographic blank), and each respondent's segments as indices into {@link #all()}.
 *
 * @param all           全体 first, then the bands in codebook order
 * @param byDemographic demographic id → its bands' segments
 * @param segmentsOf    per respondent: 全体 and one segment per demographic (-1 when the band is not a segment)
 * @param sizes         respondents per segment, by index into {@code all}
 */
record SurveySegments(List<Segment> all, Map<String, List<Segment>> byDemographic, int[][] segmentsOf, int[] sizes) {

    /** A segment: 全体, or one band of one demographic. */
    record Segment(String label, String demographicId, String band, int order) {
    }

    Segment whole() {
        return all.getFirst();
    }

    static SurveySegments of(Codebook codebook, List<RespondentAnswers> respondents) {
        Map<String, List<Segment>> byDemographic = new LinkedHashMap<>();
        List<Segment> all = new ArrayList<>();
        all.add(new Segment(ResultCell.ALL, null, null, 0));
        int order = 1;
        for (Demographic d : codebook.demographics()) {
            List<String> bands = new ArrayList<>(d.bandLabels());
            if (respondents.stream().anyMatch(r -> Demographic.NO_ANSWER_BAND.equals(r.bands().get(d.id())))) {
                bands.add(Demographic.NO_ANSWER_BAND);
            }
            List<Segment> segments = new ArrayList<>();
            for (String band : bands) {
                segments.add(new Segment(d.name() + "=" + band, d.id(), band, order++));
            }
            byDemographic.put(d.id(), segments);
            all.addAll(segments);
        }
        List<Map<String, Integer>> segmentOfBand = new ArrayList<>();
        for (Demographic d : codebook.demographics()) {
            Map<String, Integer> byBand = new HashMap<>();
            byDemographic.get(d.id()).forEach(s -> byBand.put(s.band(), all.indexOf(s)));
            segmentOfBand.add(byBand);
        }
        int[][] segmentsOf = new int[respondents.size()][];
        int[] sizes = new int[all.size()];
        for (int r = 0; r < respondents.size(); r++) {
            RespondentAnswers respondent = respondents.get(r);
            int[] own = new int[1 + codebook.demographics().size()];
            for (int d = 0; d < codebook.demographics().size(); d++) {
                own[d + 1] = segmentOfBand.get(d).getOrDefault(respondent.bands().get(codebook.demographics().get(d).id()), -1);
            }
            segmentsOf[r] = own;
            for (int s : own) {
                if (s >= 0) {
                    sizes[s]++;
                }
            }
        }
        return new SurveySegments(all, byDemographic, segmentsOf, sizes);
    }
}
