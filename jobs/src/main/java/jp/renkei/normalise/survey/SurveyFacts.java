package jp.renkei.normalise.survey;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.normalise.survey.SurveyRows.AnswerRow;
import jp.renkei.normalise.survey.SurveyRows.FreeTextRow;
import jp.renkei.normalise.survey.SurveyRows.OptionRow;
import jp.renkei.normalise.survey.SurveyRows.QuestionRow;
import jp.renkei.normalise.survey.SurveyRows.RespondentBandRow;
import jp.renkei.normalise.survey.SurveyRows.RespondentRow;
import jp.renkei.normalise.survey.SurveyRows.SurveyRow;
import jp.renkei.source.survey.Answer;
import jp.renkei.source.survey.AnswerStatus;
import jp.renkei.source.survey.ChoiceOption;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.Demographic;
import jp.renkei.source.survey.Question;
import jp.renkei.source.survey.QuestionType;
import jp.renkei.source.survey.RespondentAnswers;
import jp.renkei.source.survey.SurveyResponses;

/**
 * The dimension and fact rows of one survey. 地区 stays a band on the respondent: 地区 have no
 * 全国地方公共団体コード, and inventing codes would put pseudo-regions among real ones in dim_region; the facts
 * point to the municipality that ran the survey.
 */
public record SurveyFacts(SurveyRow survey, List<QuestionRow> questions, List<OptionRow> options,
                          List<RespondentRow> respondents, List<RespondentBandRow> bands, List<AnswerRow> answers,
                          List<FreeTextRow> freeTexts) {

    public SurveyFacts {
        questions = List.copyOf(questions);
        options = List.copyOf(options);
        respondents = List.copyOf(respondents);
        bands = List.copyOf(bands);
        answers = List.copyOf(answers);
        freeTexts = List.copyOf(freeTexts);
    }

    /**
     * The 地区 of the municipality as regions of their own, under it in dim_region: code {@code <city>-<option code>},
     * so that survey facts conform with the region dimension.
     */
    public static List<DistrictRegion> districts(Codebook codebook) {
        String city = codebook.survey().regionCode();
        return codebook.demographics().stream().filter(d -> d.role() == Demographic.Role.DISTRICT)
                .flatMap(d -> d.options().stream())
                .map(o -> new DistrictRegion(city + "-" + o.code(), o.label(), city)).toList();
    }

    /** One 地区: its region code, name and the municipality it lies in. */
    public record DistrictRegion(String code, String name, String cityCode) {
    }

    private static String districtRegion(Codebook codebook, RespondentAnswers r, String city) {
        String band = bandOf(codebook, r, Demographic.Role.DISTRICT);
        return districts(codebook).stream().filter(d -> d.name().equals(band)).map(DistrictRegion::code)
                .findFirst().orElse(city);
    }

    public static SurveyFacts of(Codebook codebook, SurveyResponses responses, RespondentPseudonymiser pseudonymiser) {
        var meta = codebook.survey();
        String surveyId = meta.id();
        String periodKey = meta.fielded().key();
        String region = meta.regionCode();
        SurveyRow survey = new SurveyRow(surveyId, meta.name(), meta.fielded().raw(), periodKey, meta.targetPopulation(),
                meta.sampleSize(), responses.respondents().size(), meta.method(), region, codebook.file(), responses.file(),
                codebook.responses().noAnswerInScope());
        List<QuestionRow> questions = new ArrayList<>();
        List<OptionRow> options = new ArrayList<>();
        for (int i = 0; i < codebook.questions().size(); i++) {
            Question q = codebook.questions().get(i);
            questions.add(new QuestionRow(surveyId, q.id(), i + 1, q.number(), q.text(), q.type().code(), q.maxChoices(),
                    q.layout().code(), q.noAnswerInScope()));
            for (int o = 0; o < q.options().size(); o++) {
                ChoiceOption option = q.options().get(o);
                options.add(new OptionRow(surveyId, q.id(), option.code(), option.label(), o + 1));
            }
        }
        List<RespondentRow> respondents = new ArrayList<>();
        List<RespondentBandRow> bands = new ArrayList<>();
        List<AnswerRow> answers = new ArrayList<>();
        List<FreeTextRow> freeTexts = new ArrayList<>();
        for (RespondentAnswers r : responses.respondents()) {
            String key = pseudonymiser.pseudonym(surveyId, r.rawId());
            respondents.add(new RespondentRow(surveyId, key, bandOf(codebook, r, Demographic.Role.SEX),
                    bandOf(codebook, r, Demographic.Role.AGE), bandOf(codebook, r, Demographic.Role.DISTRICT),
                    districtRegion(codebook, r, region)));
            for (Demographic d : codebook.demographics()) {
                String band = r.bands().get(d.id());
                int bandOrder = d.bandLabels().indexOf(band) + 1;
                bands.add(new RespondentBandRow(surveyId, key, d.id(), d.name(), band,
                        bandOrder == 0 ? d.bandLabels().size() + 1 : bandOrder));
            }
            for (Answer a : r.answers()) {
                Question q = codebook.question(a.questionId()).orElseThrow();
                String status = a.status().code();
                int picks = a.codes().size();
                if (q.type() == QuestionType.FREE_TEXT) {
                    answers.add(new AnswerRow(surveyId, q.id(), key, null, null, status, 0, periodKey, region));
                    if (a.status() == AnswerStatus.ANSWERED) {
                        freeTexts.add(new FreeTextRow(surveyId, q.id(), key, a.text()));
                    }
                } else if (q.type() == QuestionType.NUMERIC) {
                    answers.add(new AnswerRow(surveyId, q.id(), key, null,
                            a.number() == null ? null : a.number().doubleValue(), status, 0, periodKey, region));
                } else if (a.codes().isEmpty()) {
                    answers.add(new AnswerRow(surveyId, q.id(), key, null, null, status, 0, periodKey, region));
                } else {
                    for (String code : a.codes()) {
                        answers.add(new AnswerRow(surveyId, q.id(), key, code, null, status, picks, periodKey, region));
                    }
                }
            }
        }
        return new SurveyFacts(survey, questions, options, respondents, bands, answers, freeTexts);
    }

    /** The band of the first demographic with that role, or null when the codebook has none. */
    private static String bandOf(Codebook codebook, RespondentAnswers r, Demographic.Role role) {
        return codebook.demographics().stream().filter(d -> d.role() == role).findFirst()
                .map(d -> r.bands().get(d.id())).orElse(null);
    }
}
