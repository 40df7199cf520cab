package jp.renkei.generate;

import java.util.List;

/**
 * What the generator wrote into the survey's response file, counted as it wrote it, with the statuses the
 * survey reader gives them: what a load must arrive at.
 *
 * @param surveyId     the codebook's survey id
 * @param regionCode   the city that ran it
 * @param respondents  rows below the header, one per respondent, every id distinct
 * @param questions    questions of the codebook (the demographics not included)
 * @param answers      answers that are not 無回答 (answered or over-selected), over all questions
 * @param bytes        size of the survey's folder (codebook and responses)
 * @param demographics 性別, 年代, 地区: per option, respondents in it
 * @param perQuestion  one per question, in codebook order
 */
public record SurveyCounts(String surveyId, String regionCode, int respondents, int questions, long answers, long bytes,
                           List<Item> demographics, List<Item> perQuestion) {

    /** No survey written. */
    public static final SurveyCounts NONE = new SurveyCounts(null, null, 0, 0, 0, 0, List.of(), List.of());

    public SurveyCounts {
        demographics = List.copyOf(demographics);
        perQuestion = List.copyOf(perQuestion);
    }

    public boolean present() {
        return respondents > 0;
    }

    /** Files in the survey's folder: codebook and responses. */
    public int files() {
        return present() ? 2 : 0;
    }

    /**
     * One question's (or demographic's) answers.
     *
     * @param id           question or demographic id of the codebook
     * @param type         SA, MA, numeric, free_text, or demographic
     * @param answered     valid answers (for a demographic: respondents in a band)
     * @param overSelected MA answers with more picks than max_choices (kept, flagged, in no share)
     * @param noAnswer     無回答: blank, the no-answer mark, or an MA with no pick
     * @param picks        per option in code order: respondents who picked it, over-selected answers included
     *                     (fct_survey_answer keeps their picks); empty for numeric and free text
     * @param numberSum    sum of a numeric question's values; 0 otherwise
     */
    public record Item(String id, String type, int answered, int overSelected, int noAnswer, List<Integer> picks,
                       long numberSum) {

        public Item {
            picks = List.copyOf(picks);
        }

        /** Answers that are not 無回答. */
        public int nonBlank() {
            return answered + overSelected;
        }
    }
}
