package jp.renkei.normalise.survey;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.renkei.normalise.survey.SurveyRows.AnswerFact;
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
 *
 * <p>The answer rows (one per respondent × question × pick: six million for 100,000 respondents × 40 questions)
 * are not held: {@link #answerFacts()} makes them from each respondent's answers as the load appends them.
 */
public final class SurveyFacts {

    private final SurveyRow survey;
    private final List<QuestionRow> questions;
    private final List<OptionRow> options;
    private final List<RespondentRow> respondents;
    private final List<Demographic> demographics;
    /** Per respondent, in the order of {@link #respondents}: the band of each demographic, in codebook order. */
    private final List<String[]> respondentBands;
    private final List<FreeTextRow> freeTexts;
    private final List<Question> codebookQuestions;
    /** Per respondent, in the order of {@link #respondents}: the answers in codebook order. */
    private final List<List<Answer>> answers;

    private SurveyFacts(SurveyRow survey, List<QuestionRow> questions, List<OptionRow> options,
                        List<RespondentRow> respondents, List<Demographic> demographics, List<String[]> respondentBands,
                        List<FreeTextRow> freeTexts, List<Question> codebookQuestions, List<List<Answer>> answers) {
        this.survey = survey;
        this.questions = List.copyOf(questions);
        this.options = List.copyOf(options);
        this.respondents = List.copyOf(respondents);
        this.demographics = List.copyOf(demographics);
        this.respondentBands = List.copyOf(respondentBands);
        this.freeTexts = List.copyOf(freeTexts);
        this.codebookQuestions = List.copyOf(codebookQuestions);
        this.answers = List.copyOf(answers);
    }

    /** dim_survey. */
    public SurveyRow survey() {
        return survey;
    }

    /** dim_survey_question. */
    public List<QuestionRow> questions() {
        return questions;
    }

    /** dim_survey_option. */
    public List<OptionRow> options() {
        return options;
    }

    /** dim_survey_respondent, in file order. */
    public List<RespondentRow> respondents() {
        return respondents;
    }

    /**
     * dim_survey_respondent_band, respondent by respondent, demographic by demographic. The rows are made as they are
     * read: held, one per respondent and demographic, they were the largest part of a survey in memory.
     */
    public List<RespondentBandRow> bands() {
        return new AbstractList<>() {
            @Override
            public RespondentBandRow get(int index) {
                int respondent = index / demographics.size();
                Demographic d = demographics.get(index % demographics.size());
                String band = respondentBands.get(respondent)[index % demographics.size()];
                int bandOrder = d.bandLabels().indexOf(band) + 1;
                return new RespondentBandRow(survey.surveyId(), respondents.get(respondent).respondentKey(), d.id(), d.name(),
                        band, bandOrder == 0 ? d.bandLabels().size() + 1 : bandOrder);
            }

            @Override
            public int size() {
                return respondents.size() * demographics.size();
            }
        };
    }

    /** fct_survey_free_text. */
    public List<FreeTextRow> freeTexts() {
        return freeTexts;
    }

    /**
     * fct_survey_answer with respondents and questions by position, made as it is read: respondent by respondent,
     * question by question, pick by pick.
     */
    public Stream<AnswerFact> answerFacts() {
        return answerFacts(0, respondents.size());
    }

    /** {@link #answerFacts()} of the respondents from {@code from} (included) to {@code to} (excluded). */
    public Stream<AnswerFact> answerFacts(int from, int to) {
        return IntStream.range(from, to).boxed().flatMap(this::answerFactsOf);
    }

    /** fct_survey_answer as a list of whole rows: for small surveys and tests. */
    public List<AnswerRow> answers() {
        return answerFacts().map(f -> new AnswerRow(survey.surveyId(), questions.get(f.questionOrder() - 1).questionId(),
                respondents.get(f.respondent()).respondentKey(), f.optionCode(), f.numericValue(), f.answerStatus(),
                f.pickCount(), survey.periodKey(), survey.regionCode(), f.dateValue())).toList();
    }

    private Stream<AnswerFact> answerFactsOf(int respondent) {
        List<Answer> own = answers.get(respondent);
        List<AnswerFact> rows = new ArrayList<>(own.size() + 8);
        for (int i = 0; i < own.size(); i++) {
            Question q = codebookQuestions.get(i);
            Answer a = own.get(i);
            String status = a.status().code();
            if (q.type() == QuestionType.NUMERIC) {
                rows.add(new AnswerFact(respondent, i + 1, null, a.number() == null ? null : a.number().doubleValue(), status, 0,
                        null));
            } else if (q.type() == QuestionType.DATE) {
                rows.add(new AnswerFact(respondent, i + 1, null, null, status, 0, a.date()));
            } else if (q.type() == QuestionType.FREE_TEXT || a.codes().isEmpty()) {
                rows.add(new AnswerFact(respondent, i + 1, null, null, status, 0, null));
            } else {
                for (String code : a.codes()) {
                    rows.add(new AnswerFact(respondent, i + 1, code, null, status, a.codes().size(), null));
                }
            }
        }
        return rows.stream();
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

    public static SurveyFacts of(Codebook codebook, SurveyResponses responses, RespondentPseudonymiser pseudonymiser) {
        var meta = codebook.survey();
        String surveyId = meta.id();
        String region = meta.regionCode();
        SurveyRow survey = new SurveyRow(surveyId, meta.name(), meta.fielded().raw(), meta.fielded().key(),
                meta.targetPopulation(), meta.sampleSize(), responses.respondents().size(), meta.method(), region,
                codebook.file(), responses.file(), codebook.responses().noAnswerInScope());
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
        String sex = roleId(codebook, Demographic.Role.SEX);
        String age = roleId(codebook, Demographic.Role.AGE);
        String district = roleId(codebook, Demographic.Role.DISTRICT);
        Map<String, String> districtRegions = new HashMap<>();
        districts(codebook).forEach(d -> districtRegions.putIfAbsent(d.name(), d.code()));

        List<RespondentRow> respondents = new ArrayList<>(responses.respondents().size());
        List<String[]> respondentBands = new ArrayList<>(responses.respondents().size());
        List<FreeTextRow> freeTexts = new ArrayList<>();
        List<List<Answer>> answers = new ArrayList<>(responses.respondents().size());
        for (RespondentAnswers r : responses.respondents()) {
            String key = pseudonymiser.pseudonym(surveyId, r.rawId());
            String districtBand = district == null ? null : r.bands().get(district);
            respondents.add(new RespondentRow(surveyId, key, sex == null ? null : r.bands().get(sex),
                    age == null ? null : r.bands().get(age), districtBand,
                    districtBand == null ? region : districtRegions.getOrDefault(districtBand, region)));
            respondentBands.add(codebook.demographics().stream().map(d -> r.bands().get(d.id())).toArray(String[]::new));
            for (Answer a : r.answers()) {
                if (a.text() != null) { // a free-text answer, or the words written for an その他 option
                    freeTexts.add(new FreeTextRow(surveyId, a.questionId(), key, a.text()));
                }
            }
            answers.add(r.answers());
        }
        return new SurveyFacts(survey, questions, options, respondents, codebook.demographics(), respondentBands, freeTexts,
                codebook.questions(), answers);
    }

    /** The id of the first demographic with that role, or null when the codebook has none. */
    private static String roleId(Codebook codebook, Demographic.Role role) {
        return codebook.demographics().stream().filter(d -> d.role() == role).findFirst().map(Demographic::id).orElse(null);
    }
}
