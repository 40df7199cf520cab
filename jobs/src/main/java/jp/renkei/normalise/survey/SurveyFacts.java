package jp.renkei.normalise.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import jp.renkei.source.survey.ChoiceOption;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.Demographic;
import jp.renkei.source.survey.Question;
import jp.renkei.source.survey.QuestionType;
import jp.renkei.source.survey.RespondentAnswers;

/**
 * The dimension and fact rows of one survey. 地区 stays a band on the respondent: 地区 have no
 * 全国地方公共団体コード, and inventing codes would put pseudo-regions among real ones in dim_region; the facts
 * point to the municipality that ran the survey.
 *
 * <p>The rows that grow with the respondents (respondents, their bands, answers, free text) are here only when a
 * {@link Collector} collected them, as tests and small surveys do; the load takes them one respondent at a time
 * ({@link RespondentSink}) and they are empty here.
 */
public final class SurveyFacts {

    private final SurveyRow survey;
    private final List<QuestionRow> questions;
    private final List<OptionRow> options;
    private final List<RespondentRow> respondents;
    private final List<RespondentBandRow> bands;
    private final List<AnswerFact> answerFacts;
    private final List<FreeTextRow> freeTexts;

    private SurveyFacts(SurveyRow survey, List<QuestionRow> questions, List<OptionRow> options,
                        List<RespondentRow> respondents, List<RespondentBandRow> bands, List<AnswerFact> answerFacts,
                        List<FreeTextRow> freeTexts) {
        this.survey = survey;
        this.questions = List.copyOf(questions);
        this.options = List.copyOf(options);
        this.respondents = List.copyOf(respondents);
        this.bands = List.copyOf(bands);
        this.answerFacts = List.copyOf(answerFacts);
        this.freeTexts = List.copyOf(freeTexts);
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

    /** dim_survey_respondent, in file order (collected only). */
    public List<RespondentRow> respondents() {
        return respondents;
    }

    /** dim_survey_respondent_band, respondent by respondent, demographic by demographic (collected only). */
    public List<RespondentBandRow> bands() {
        return bands;
    }

    /** fct_survey_free_text (collected only). */
    public List<FreeTextRow> freeTexts() {
        return freeTexts;
    }

    /** fct_survey_answer with respondents and questions by position (collected only). */
    public Stream<AnswerFact> answerFacts() {
        return answerFacts.stream();
    }

    /** fct_survey_answer as a list of whole rows (collected only). */
    public List<AnswerRow> answers() {
        return answerFacts().map(f -> new AnswerRow(survey.surveyId(), questions.get(f.questionOrder() - 1).questionId(),
                respondents.get(f.respondent()).respondentKey(), f.optionCode(), f.numericValue(), f.answerStatus(),
                f.pickCount(), survey.periodKey(), survey.regionCode(), f.dateValue())).toList();
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

    /** dim_survey, once the respondents are counted. */
    static SurveyRow surveyRow(Codebook codebook, String responsesFile, int respondentCount) {
        var meta = codebook.survey();
        return new SurveyRow(meta.id(), meta.name(), meta.fielded().raw(), meta.fielded().key(), meta.targetPopulation(),
                meta.sampleSize(), respondentCount, meta.method(), meta.regionCode(), codebook.file(), responsesFile,
                codebook.responses().noAnswerInScope());
    }

    static List<QuestionRow> questionRows(Codebook codebook) {
        List<QuestionRow> questions = new ArrayList<>();
        for (int i = 0; i < codebook.questions().size(); i++) {
            Question q = codebook.questions().get(i);
            questions.add(new QuestionRow(codebook.survey().id(), q.id(), i + 1, q.number(), q.text(), q.type().code(),
                    q.maxChoices(), q.layout().code(), q.noAnswerInScope()));
        }
        return questions;
    }

    static List<OptionRow> optionRows(Codebook codebook) {
        List<OptionRow> options = new ArrayList<>();
        for (Question q : codebook.questions()) {
            for (int o = 0; o < q.options().size(); o++) {
                ChoiceOption option = q.options().get(o);
                options.add(new OptionRow(codebook.survey().id(), q.id(), option.code(), option.label(), o + 1));
            }
        }
        return options;
    }

    /** Only the survey, its questions and options: the rest went to a sink. */
    static SurveyFacts dimensions(SurveyRow survey, List<QuestionRow> questions, List<OptionRow> options) {
        return new SurveyFacts(survey, questions, options, List.of(), List.of(), List.of(), List.of());
    }

    /** Turns each respondent, as read, into its rows: pseudonymous key, bands, answers and free text. */
    static final class RespondentRows {

        private final Codebook codebook;
        private final RespondentPseudonymiser pseudonymiser;
        private final String sex;
        private final String age;
        private final String district;
        private final Map<String, String> districtRegions = new HashMap<>();
        private int position;

        RespondentRows(Codebook codebook, RespondentPseudonymiser pseudonymiser) {
            this.codebook = codebook;
            this.pseudonymiser = pseudonymiser;
            this.sex = roleId(codebook, Demographic.Role.SEX);
            this.age = roleId(codebook, Demographic.Role.AGE);
            this.district = roleId(codebook, Demographic.Role.DISTRICT);
            districts(codebook).forEach(d -> districtRegions.putIfAbsent(d.name(), d.code()));
        }

        void emit(RespondentAnswers r, RespondentSink sink) {
            String surveyId = codebook.survey().id();
            String region = codebook.survey().regionCode();
            String key = pseudonymiser.pseudonym(surveyId, r.rawId());
            String districtBand = district == null ? null : r.bands().get(district);
            RespondentRow row = new RespondentRow(surveyId, key, sex == null ? null : r.bands().get(sex),
                    age == null ? null : r.bands().get(age), districtBand,
                    districtBand == null ? region : districtRegions.getOrDefault(districtBand, region));
            List<RespondentBandRow> bands = new ArrayList<>(codebook.demographics().size());
            for (Demographic d : codebook.demographics()) {
                String band = r.bands().get(d.id());
                int bandOrder = d.bandLabels().indexOf(band) + 1;
                bands.add(new RespondentBandRow(surveyId, key, d.id(), d.name(), band,
                        bandOrder == 0 ? d.bandLabels().size() + 1 : bandOrder));
            }
            List<FreeTextRow> freeTexts = new ArrayList<>(0);
            for (Answer a : r.answers()) {
                if (a.text() != null) { // a free-text answer, or the words written for an その他 option
                    freeTexts.add(new FreeTextRow(surveyId, a.questionId(), key, a.text()));
                }
            }
            sink.respondent(row, bands, answerFacts(position++, r.answers()), freeTexts);
        }

        /** One respondent's rows of fct_survey_answer: question by question, pick by pick. */
        private List<AnswerFact> answerFacts(int respondent, List<Answer> own) {
            List<AnswerFact> rows = new ArrayList<>(own.size() + 8);
            for (int i = 0; i < own.size(); i++) {
                Question q = codebook.questions().get(i);
                Answer a = own.get(i);
                String status = a.status().code();
                if (q.type() == QuestionType.NUMERIC) {
                    rows.add(new AnswerFact(respondent, i + 1, null, a.number() == null ? null : a.number().doubleValue(),
                            status, 0, null));
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
            return rows;
        }

        /** The id of the first demographic with that role, or null when the codebook has none. */
        private static String roleId(Codebook codebook, Demographic.Role role) {
            return codebook.demographics().stream().filter(d -> d.role() == role).findFirst().map(Demographic::id).orElse(null);
        }
    }

    /** Keeps every respondent's rows in memory: for tests and small surveys. */
    public static final class Collector implements RespondentSink {

        private final List<RespondentRow> respondents = new ArrayList<>();
        private final List<RespondentBandRow> bands = new ArrayList<>();
        private final List<AnswerFact> answerFacts = new ArrayList<>();
        private final List<FreeTextRow> freeTexts = new ArrayList<>();

        @Override
        public void begin(Codebook codebook, List<QuestionRow> questions, List<OptionRow> options) {
            // the dimensions come back with the prepared survey
        }

        @Override
        public void respondent(RespondentRow respondent, List<RespondentBandRow> bands, List<AnswerFact> answers,
                               List<FreeTextRow> freeTexts) {
            respondents.add(respondent);
            this.bands.addAll(bands);
            answerFacts.addAll(answers);
            this.freeTexts.addAll(freeTexts);
        }

        /** The collected rows beside the dimensions of {@code dimensions}. */
        SurveyFacts facts(SurveyFacts dimensions) {
            return new SurveyFacts(dimensions.survey, dimensions.questions, dimensions.options, respondents, bands,
                    answerFacts, freeTexts);
        }
    }
}
