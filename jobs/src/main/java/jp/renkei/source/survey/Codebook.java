package jp.renkei.source.survey;

import java.util.List;
import java.util.Optional;

/**
 * Everything renkei knows about one survey, from the codebook an analyst writes once: what was asked,
 * how the answers are coded and where in the vendor's response file each answer sits.
 *
 * @param file         path of the codebook relative to the input folder, as messages name it
 * @param survey       the survey's metadata
 * @param responses    where the responses are and how their header looks
 * @param demographics the respondent attributes results are cross-tabulated by, in codebook order
 * @param questions    the questions, in codebook order
 */
public record Codebook(String file, SurveyMeta survey, ResponseFileSpec responses, List<Demographic> demographics,
                       List<Question> questions) {

    public Codebook {
        demographics = List.copyOf(demographics);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
