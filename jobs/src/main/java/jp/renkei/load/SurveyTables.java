package jp.renkei.load;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.SurveyFacts;
import jp.renkei.normalise.survey.SurveyRows;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes one survey, replacing whatever an earlier load wrote for it: a survey is its codebook and its
 * responses as a whole, so a corrected file replaces all of it. Facts and published cells go through
 * staging and one set-based insert (answers through a narrower staging of their own); dimensions straight
 * through the Appender.
 */
public final class SurveyTables {

    /** Survey tables in the order they are written. */
    private static final List<String> DIMENSIONS = List.of("dim_survey", "dim_survey_question", "dim_survey_option",
            "dim_survey_respondent", "dim_survey_respondent_band");
    private static final List<String> FACTS = List.of("fct_survey_answer", "fct_survey_free_text", "fct_survey_result",
            "fct_survey_numeric");
    /** Facts staged in a table shaped like them; fct_survey_answer has a narrower staging of its own. */
    private static final Map<String, String> STAGED = Map.of("stg_survey_free_text", "fct_survey_free_text",
            "stg_survey_result", "fct_survey_result", "stg_survey_numeric", "fct_survey_numeric");

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

    /** @return rows written per table */
    public SequencedMap<String, Integer> replace(PreparedSurvey survey, String loadId) throws SQLException {
        String surveyId = survey.codebook().survey().id();
        PeriodDimension.add(dsl, List.of(survey.period()));
        for (String t : DIMENSIONS) {
            dsl.deleteFrom(table(name(t))).where(field(name("survey_id")).eq(surveyId)).execute();
        }
        for (String t : FACTS) {
            dsl.deleteFrom(table(name(t))).where(field(name("survey_id")).eq(surveyId)).execute();
        }
        addDistricts(SurveyFacts.districts(survey.codebook()), loadId);
        SurveyFacts f = survey.facts();
        SequencedMap<String, Integer> written = new LinkedHashMap<>();
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            // the small tables by their records' components; the large ones column by column, without reflection
            written.put("dim_survey", append(c, "dim_survey", List.of(f.survey()), loadId));
            written.put("dim_survey_question", append(c, "dim_survey_question", f.questions(), loadId));
            written.put("dim_survey_option", append(c, "dim_survey_option", f.options(), loadId));
            written.put("dim_survey_respondent", append(c, "dim_survey_respondent", f.respondents().iterator(), loadId,
                    (a, r) -> a.text(r.surveyId()).text(r.respondentKey()).text(r.sex()).text(r.ageBand()).text(r.district())
                            .text(r.regionCode())));
            written.put("dim_survey_respondent_band", append(c, "dim_survey_respondent_band", f.bands().iterator(), loadId,
                    (a, r) -> a.text(r.surveyId()).text(r.respondentKey()).text(r.demographicId()).text(r.demographicName())
                            .text(r.band()).integer(r.bandOrder())));
            written.put("fct_survey_answer", appendAnswers(c, f, loadId));
            append(c, "stg_survey_free_text", f.freeTexts().iterator(), loadId,
                    (a, r) -> a.text(r.surveyId()).text(r.questionId()).text(r.respondentKey()).text(r.answerText()));
            append(c, "stg_survey_result", survey.results(), loadId);
            append(c, "stg_survey_numeric", survey.numeric().iterator(), loadId, (a, r) -> a.text(r.surveyId())
                    .text(r.questionId()).integer(r.questionOrder()).text(r.questionText()).text(r.segment())
                    .text(r.demographicId()).text(r.band()).integer(r.segmentOrder()).integer(r.n()).bool(r.nSuppressed())
                    .number(r.mean()).number(r.median()).number(r.q1()).number(r.q3()).text(r.binLabel())
                    .integer(r.binOrder()).number(r.binMin()).number(r.binMax()).integer(r.nInBin()).decimal(r.pct())
                    .bool(r.suppressed()).text(r.suppression()).integer(r.minCellSize()));
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        for (var e : STAGED.entrySet()) {
            written.put(e.getValue(), dsl.insertInto(table(name(e.getValue()))).select(dsl.selectFrom(table(name(e.getKey()))))
                    .execute());
            dsl.deleteFrom(table(name(e.getKey()))).execute();
        }
        return written;
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

    /**
     * fct_survey_answer: six million rows for a survey of 100,000 respondents × 40 questions. Appending them whole
     * (ten columns, among them a 64-character key) is what took the time, so the Appender writes only what varies
     * from row to row, the respondent and the question by number, into temporary tables, and an INSERT … SELECT
     * joins in the key, the question id and the columns all the survey's rows share. It goes slice by slice of
     * respondents, so that DuckDB never holds the whole staging in memory beside the rows it inserts.
     */
    private int appendAnswers(Connection c, SurveyFacts f, String loadId) throws SQLException {
        dsl.execute("CREATE OR REPLACE TEMP TABLE survey_respondent_load (respondent_no INTEGER, respondent_key VARCHAR)");
        dsl.execute("""
                CREATE OR REPLACE TEMP TABLE survey_answer_load (respondent_no INTEGER, question_order INTEGER,
                    option_code VARCHAR, numeric_value DOUBLE, answer_status VARCHAR, pick_count INTEGER, date_value DATE)""");
        try (DuckDBAppender a = temporary(c, "survey_respondent_load")) {
            for (int i = 0; i < f.respondents().size(); i++) {
                a.beginRow().append(i).append(f.respondents().get(i).respondentKey()).endRow();
            }
        }
        var s = f.survey();
        int n = 0;
        for (int from = 0; from < f.respondents().size(); from += respondentsPerSlice) {
            try (DuckDBAppender a = temporary(c, "survey_answer_load");
                 var facts = f.answerFacts(from, Math.min(from + respondentsPerSlice, f.respondents().size()))) {
                for (var it = facts.iterator(); it.hasNext(); ) {
                    SurveyRows.AnswerFact r = it.next();
                    a.beginRow().append(r.respondent()).append(r.questionOrder());
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
            }
            n += dsl.execute("""
                    INSERT INTO fct_survey_answer (survey_id, question_id, respondent_key, option_code, numeric_value,
                           answer_status, pick_count, period_key, region_code, load_id, date_value)
                    SELECT q.survey_id, q.question_id, r.respondent_key, a.option_code, a.numeric_value, a.answer_status,
                           a.pick_count, ?, ?, ?, a.date_value
                    FROM survey_answer_load a
                    JOIN survey_respondent_load r USING (respondent_no)
                    JOIN dim_survey_question q ON q.survey_id = ? AND q.question_order = a.question_order""",
                    s.periodKey(), s.regionCode(), loadId, s.surveyId());
            dsl.execute("TRUNCATE survey_answer_load");
        }
        dsl.execute("DROP TABLE survey_answer_load");
        dsl.execute("DROP TABLE survey_respondent_load");
        return n;
    }

    /** An Appender on a temporary table, in the transaction the statements before it opened. */
    private static DuckDBAppender temporary(Connection c, String table) throws SQLException {
        return c.unwrap(DuckDBConnection.class).createAppender("temp", "main", table);
    }

    private static <R> int append(Connection c, String table, Iterator<R> rows, String loadId, Columns<R> columns)
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

    private static int append(Connection c, String table, List<? extends Record> rows, String loadId) throws SQLException {
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
