package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.DIM_SURVEY;
import static jp.renkei.warehouse.generated.Tables.DIM_SURVEY_OPTION;
import static jp.renkei.warehouse.generated.Tables.DIM_SURVEY_QUESTION;
import static jp.renkei.warehouse.generated.Tables.DIM_SURVEY_RESPONDENT;
import static jp.renkei.warehouse.generated.Tables.DIM_SURVEY_RESPONDENT_BAND;
import static jp.renkei.warehouse.generated.Tables.FCT_SURVEY_ANSWER;
import static jp.renkei.warehouse.generated.Tables.FCT_SURVEY_FREE_TEXT;
import static jp.renkei.warehouse.generated.Tables.FCT_SURVEY_NUMERIC;
import static jp.renkei.warehouse.generated.Tables.FCT_SURVEY_RESULT;
import static jp.renkei.warehouse.generated.internal.Tables.STG_SURVEY_FREE_TEXT;
import static jp.renkei.warehouse.generated.internal.Tables.STG_SURVEY_NUMERIC;
import static jp.renkei.warehouse.generated.internal.Tables.STG_SURVEY_RESULT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.RespondentSink;
import jp.renkei.normalise.survey.SurveyFacts;
import jp.renkei.normalise.survey.SurveyRows;
import jp.renkei.source.survey.Codebook;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes one survey, replacing whatever an earlier load wrote for it: a survey is its codebook and its
 * responses as a whole, so a corrected file replaces all of it. The respondents come one at a time as the file is
 * read ({@link Writer}); answers go through a narrow staging of their own, a slice of respondents at a time, free
 * text and published cells through staging and one set-based insert, dimensions straight through the Appender.
 */
public final class SurveyTables {

    /** Survey tables in the order they are written. */
    private static final List<Table<?>> DIMENSIONS = List.of(DIM_SURVEY, DIM_SURVEY_QUESTION, DIM_SURVEY_OPTION,
            DIM_SURVEY_RESPONDENT, DIM_SURVEY_RESPONDENT_BAND);
    private static final List<Table<?>> FACTS = List.of(FCT_SURVEY_ANSWER, FCT_SURVEY_FREE_TEXT, FCT_SURVEY_RESULT,
            FCT_SURVEY_NUMERIC);
    /** Facts staged in a table shaped like them; fct_survey_answer has a narrower staging of its own. */
    private static final Map<Table<?>, Table<?>> STAGED = Map.of(STG_SURVEY_FREE_TEXT, FCT_SURVEY_FREE_TEXT,
            STG_SURVEY_RESULT, FCT_SURVEY_RESULT, STG_SURVEY_NUMERIC, FCT_SURVEY_NUMERIC);

    /** Respondents whose answers are staged at a time: the staging stays small (about 640,000 rows for 40 questions). */
    static final int RESPONDENTS_PER_SLICE = 10_000;

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final int respondentsPerSlice;

    public SurveyTables(DSLContext dsl, DataSource dataSource) {
        this(dsl, dataSource, RESPONDENTS_PER_SLICE);
    }

    SurveyTables(DSLContext dsl, DataSource dataSource, int respondentsPerSlice) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.respondentsPerSlice = respondentsPerSlice;
    }

    /**
     * Writes a survey whose respondents' rows were collected in memory, through the same {@link Writer} as a
     * streamed one.
     *
     * @return rows written per table
     */
    public SequencedMap<String, Integer> replace(PreparedSurvey survey, String loadId) throws SQLException {
        SurveyFacts f = survey.facts();
        int demographics = survey.codebook().demographics().size();
        try (Writer w = writer(loadId)) {
            w.begin(survey.codebook(), f.questions(), f.options());
            var answers = f.answerFacts().iterator();
            var freeTexts = f.freeTexts().iterator();
            SurveyRows.AnswerFact nextAnswer = answers.hasNext() ? answers.next() : null;
            SurveyRows.FreeTextRow nextText = freeTexts.hasNext() ? freeTexts.next() : null;
            for (int r = 0; r < f.respondents().size(); r++) {
                SurveyRows.RespondentRow respondent = f.respondents().get(r);
                List<SurveyRows.AnswerFact> own = new ArrayList<>();
                while (nextAnswer != null && nextAnswer.respondent() == r) {
                    own.add(nextAnswer);
                    nextAnswer = answers.hasNext() ? answers.next() : null;
                }
                List<SurveyRows.FreeTextRow> texts = new ArrayList<>();
                while (nextText != null && nextText.respondentKey().equals(respondent.respondentKey())) {
                    texts.add(nextText);
                    nextText = freeTexts.hasNext() ? freeTexts.next() : null;
                }
                w.respondent(respondent, f.bands().subList(r * demographics, (r + 1) * demographics), own, texts);
            }
            return w.finish(survey);
        }
    }

    /**
     * A writer for one survey: {@link Writer#begin} replaces whatever an earlier load wrote for it, every respondent
     * is appended as it comes, and {@link Writer#finish} adds the survey row and the published cells. It works in the
     * transaction of the step, so that a load that fails leaves the survey as it was.
     */
    public Writer writer(String loadId) {
        return new Writer(loadId);
    }

    /** Appends one survey, respondent by respondent, in slices of {@code respondentsPerSlice}. */
    public final class Writer implements RespondentSink, AutoCloseable {

        private final String loadId;
        private final Connection c;
        private String surveyId;
        private String periodKey;
        private String regionCode;
        private StagingAppender respondents;
        private StagingAppender bands;
        private StagingAppender freeTexts;
        private DuckDBAppender sliceRespondents;
        private DuckDBAppender sliceAnswers;
        private int questionCount;
        private int optionCount;
        private int respondentCount;
        private int bandCount;
        private int sliceCount;
        private int answerCount;

        private Writer(String loadId) {
            this.loadId = loadId;
            this.c = DataSourceUtils.getConnection(dataSource);
        }

        @Override
        public void begin(Codebook codebook, List<SurveyRows.QuestionRow> questions, List<SurveyRows.OptionRow> options) {
            surveyId = codebook.survey().id();
            periodKey = codebook.survey().fielded().key();
            regionCode = codebook.survey().regionCode();
            PeriodDimension.add(dsl, List.of(codebook.survey().fielded()));
            for (Table<?> t : DIMENSIONS) {
                dsl.deleteFrom(t).where(t.field("survey_id", String.class).eq(surveyId)).execute();
            }
            for (Table<?> t : FACTS) {
                dsl.deleteFrom(t).where(t.field("survey_id", String.class).eq(surveyId)).execute();
            }
            addDistricts(SurveyFacts.districts(codebook), loadId);
            dsl.execute("CREATE OR REPLACE TEMP TABLE survey_respondent_load (respondent_no INTEGER, respondent_key VARCHAR)");
            dsl.execute("""
                    CREATE OR REPLACE TEMP TABLE survey_answer_load (respondent_no INTEGER, question_order INTEGER,
                        option_code VARCHAR, numeric_value DOUBLE, answer_status VARCHAR, pick_count INTEGER, date_value DATE)""");
            sql(() -> {
                // the small tables by their records' components; the large ones column by column, without reflection
                questionCount = append(c, DIM_SURVEY_QUESTION, questions, loadId);
                optionCount = append(c, DIM_SURVEY_OPTION, options, loadId);
                openAppenders();
            });
        }

        @Override
        public void respondent(SurveyRows.RespondentRow r, List<SurveyRows.RespondentBandRow> respondentBands,
                               List<SurveyRows.AnswerFact> answers, List<SurveyRows.FreeTextRow> texts) {
            sql(() -> {
                int no = respondentCount++;
                respondents.beginRow().text(r.surveyId()).text(r.respondentKey()).text(r.sex()).text(r.ageBand())
                        .text(r.district()).text(r.regionCode()).text(loadId).endRow();
                for (SurveyRows.RespondentBandRow b : respondentBands) {
                    bands.beginRow().text(b.surveyId()).text(b.respondentKey()).text(b.demographicId())
                            .text(b.demographicName()).text(b.band()).integer(b.bandOrder()).text(loadId).endRow();
                    bandCount++;
                }
                for (SurveyRows.FreeTextRow t : texts) {
                    freeTexts.beginRow().text(t.surveyId()).text(t.questionId()).text(t.respondentKey())
                            .text(t.answerText()).text(loadId).endRow();
                }
                sliceRespondents.beginRow().append(no).append(r.respondentKey()).endRow();
                for (SurveyRows.AnswerFact f : answers) {
                    appendAnswer(no, f);
                }
                if (++sliceCount == respondentsPerSlice) {
                    closeSliceAppenders();
                    insertSlice();
                    openSliceAppenders();
                }
            });
        }

        /** Ends the survey: its last slice, the survey row and the published cells. @return rows written per table */
        public SequencedMap<String, Integer> finish(PreparedSurvey survey) throws SQLException {
            closeAppenders();
            insertSlice();
            dsl.execute("DROP TABLE survey_answer_load");
            dsl.execute("DROP TABLE survey_respondent_load");
            SequencedMap<String, Integer> written = new LinkedHashMap<>();
            written.put(DIM_SURVEY.getName(), append(c, DIM_SURVEY, List.of(survey.facts().survey()), loadId));
            written.put(DIM_SURVEY_QUESTION.getName(), questionCount);
            written.put(DIM_SURVEY_OPTION.getName(), optionCount);
            written.put(DIM_SURVEY_RESPONDENT.getName(), respondentCount);
            written.put(DIM_SURVEY_RESPONDENT_BAND.getName(), bandCount);
            written.put(FCT_SURVEY_ANSWER.getName(), answerCount);
            append(c, STG_SURVEY_RESULT, survey.results(), loadId);
            appendRows(c, STG_SURVEY_NUMERIC, survey.numeric().iterator(), loadId, (a, r) -> a.text(r.surveyId())
                    .text(r.questionId()).integer(r.questionOrder()).text(r.questionText()).text(r.segment())
                    .text(r.demographicId()).text(r.band()).integer(r.segmentOrder()).integer(r.n()).bool(r.nSuppressed())
                    .number(r.mean()).number(r.median()).number(r.q1()).number(r.q3()).text(r.binLabel())
                    .integer(r.binOrder()).number(r.binMin()).number(r.binMax()).integer(r.nInBin()).decimal(r.pct())
                    .bool(r.suppressed()).text(r.suppression()).integer(r.minCellSize()));
            for (var e : STAGED.entrySet()) {
                written.put(e.getValue().getName(), dsl.insertInto(e.getValue()).select(dsl.selectFrom(e.getKey())).execute());
                dsl.deleteFrom(e.getKey()).execute();
            }
            SequencedMap<String, Integer> ordered = new LinkedHashMap<>();
            DIMENSIONS.forEach(t -> ordered.put(t.getName(), written.get(t.getName())));
            FACTS.forEach(t -> ordered.put(t.getName(), written.get(t.getName())));
            return ordered;
        }

        @Override
        public void close() throws SQLException {
            try {
                closeAppenders();
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
        }

        private void openAppenders() throws SQLException {
            respondents = StagingAppender.open(c, DIM_SURVEY_RESPONDENT);
            bands = StagingAppender.open(c, DIM_SURVEY_RESPONDENT_BAND);
            freeTexts = StagingAppender.open(c, STG_SURVEY_FREE_TEXT);
            openSliceAppenders();
        }

        private void openSliceAppenders() throws SQLException {
            sliceRespondents = temporary(c, "survey_respondent_load");
            sliceAnswers = temporary(c, "survey_answer_load");
        }

        /** The slice's appenders flush when closed: the slice is then in the temporary tables. */
        private void closeSliceAppenders() throws SQLException {
            try (var r = sliceRespondents; var a = sliceAnswers) {
                sliceRespondents = null;
                sliceAnswers = null;
            }
        }

        /** Closes every open appender (flushing it), the first failure thrown after all are closed. */
        private void closeAppenders() throws SQLException {
            SQLException failure = null;
            for (AutoCloseable a : new AutoCloseable[] {respondents, bands, freeTexts, sliceRespondents, sliceAnswers}) {
                try {
                    if (a != null) {
                        a.close();
                    }
                } catch (Exception e) {
                    if (failure == null) {
                        failure = e instanceof SQLException sql ? sql : new SQLException(e);
                    }
                }
            }
            respondents = null;
            bands = null;
            freeTexts = null;
            sliceRespondents = null;
            sliceAnswers = null;
            if (failure != null) {
                throw failure;
            }
        }

        private void appendAnswer(int respondentNo, SurveyRows.AnswerFact r) throws SQLException {
            DuckDBAppender a = sliceAnswers;
            a.beginRow().append(respondentNo).append(r.questionOrder());
            if (r.optionCode() == null) {
                a.appendNull();
            } else {
                a.append(r.optionCode());
            }
            if (r.numericValue() == null) {
                a.appendNull();
            } else {
                a.append(r.numericValue().doubleValue());
            }
            a.append(r.answerStatus()).append(r.pickCount());
            if (r.dateValue() == null) {
                a.appendNull();
            } else {
                a.append(r.dateValue());
            }
            a.endRow();
        }

        /**
         * fct_survey_answer: six million rows for a survey of 100,000 respondents × 40 questions. Appending them whole
         * (ten columns, among them a 64-character key) is what took the time, so the Appender writes only what varies
         * from row to row, the respondent and the question by number, into temporary tables, and an INSERT … SELECT
         * joins in the key, the question id and the columns all the survey's rows share. It goes slice by slice of
         * respondents, so that neither DuckDB nor the heap ever holds more than a slice beside the rows it inserts.
         */
        private void insertSlice() {
            if (sliceCount == 0) {
                return;
            }
            answerCount += dsl.execute("""
                    INSERT INTO fct_survey_answer (survey_id, question_id, respondent_key, option_code, numeric_value,
                           answer_status, pick_count, period_key, region_code, load_id, date_value)
                    SELECT q.survey_id, q.question_id, r.respondent_key, a.option_code, a.numeric_value, a.answer_status,
                           a.pick_count, ?, ?, ?, a.date_value
                    FROM survey_answer_load a
                    JOIN survey_respondent_load r USING (respondent_no)
                    JOIN dim_survey_question q ON q.survey_id = ? AND q.question_order = a.question_order""",
                    periodKey, regionCode, loadId, surveyId);
            dsl.execute("TRUNCATE survey_answer_load");
            dsl.execute("TRUNCATE survey_respondent_load");
            sliceCount = 0;
        }
    }

    /** A step that may throw SQLException, run where an interface does not let it. */
    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }

    private static void sql(SqlStep step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new IllegalStateException("writing the survey to the warehouse: " + e.getMessage(), e);
        }
    }

    /** 地区 under the city in dim_region, level district; a renamed 地区 is updated. */
    private void addDistricts(List<SurveyFacts.DistrictRegion> districts, String loadId) {
        var r = jp.renkei.warehouse.generated.Tables.DIM_REGION;
        for (SurveyFacts.DistrictRegion d : districts) {
            String prefecture = jp.renkei.domain.LocalGovCode.parse(d.cityCode()).prefecture().value();
            dsl.insertInto(r).set(r.REGION_CODE, d.code()).set(r.REGION_NAME, d.name()).set(r.REGION_LEVEL, "district")
                    .set(r.PARENT_CODE, d.cityCode()).set(r.PREFECTURE_CODE, prefecture).set(r.LOAD_ID, loadId)
                    .onConflict(r.REGION_CODE).doUpdate().set(r.REGION_NAME, d.name())
                    .where(r.REGION_NAME.ne(d.name())).execute();
        }
    }

    /** Appends a row's columns but load_id. */
    @FunctionalInterface
    private interface Columns<R> {
        void append(StagingAppender a, R row) throws SQLException;
    }

    /** An Appender on a temporary table, in the transaction the statements before it opened. */
    private static DuckDBAppender temporary(Connection c, String table) throws SQLException {
        return c.unwrap(DuckDBConnection.class).createAppender("temp", "main", table);
    }

    private static <R> int appendRows(Connection c, Table<?> table, Iterator<R> rows, String loadId, Columns<R> columns)
            throws SQLException {
        if (!rows.hasNext()) {
            return 0;
        }
        int n = 0;
        try (StagingAppender a = StagingAppender.open(c, table)) {
            while (rows.hasNext()) {
                a.beginRow();
                columns.append(a, rows.next());
                a.text(loadId).endRow();
                n++;
            }
        }
        return n;
    }

    private static int append(Connection c, Table<?> table, List<? extends Record> rows, String loadId) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (StagingAppender a = StagingAppender.open(c, table)) {
            for (Record r : rows) {
                a.beginRow().record(r).text(loadId).endRow();
            }
        }
        return rows.size();
    }
}
