package jp.renkei.load;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
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
import org.jooq.DSLContext;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes one survey, replacing whatever an earlier load wrote for it: a survey is its codebook and its
 * responses as a whole, so a corrected file replaces all of it. Facts and published cells go through
 * staging and one set-based insert; dimensions straight through the Appender.
 */
public final class SurveyTables {

    /** Survey tables in the order they are written. */
    private static final List<String> DIMENSIONS = List.of("dim_survey", "dim_survey_question", "dim_survey_option",
            "dim_survey_respondent", "dim_survey_respondent_band");
    private static final Map<String, String> FACTS = Map.of("stg_survey_answer", "fct_survey_answer",
            "stg_survey_free_text", "fct_survey_free_text", "stg_survey_result", "fct_survey_result");

    private final DSLContext dsl;
    private final DataSource dataSource;

    public SurveyTables(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    /** @return rows written per table */
    public SequencedMap<String, Integer> replace(PreparedSurvey survey, String loadId) throws SQLException {
        String surveyId = survey.codebook().survey().id();
        PeriodDimension.add(dsl, List.of(survey.period()));
        for (String t : DIMENSIONS) {
            dsl.deleteFrom(table(name(t))).where(field(name("survey_id")).eq(surveyId)).execute();
        }
        for (String t : FACTS.values()) {
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
            try (var rows = f.answerRows()) {
                append(c, "stg_survey_answer", rows.iterator(), loadId, SurveyTables::answer);
            }
            append(c, "stg_survey_free_text", f.freeTexts().iterator(), loadId,
                    (a, r) -> a.text(r.surveyId()).text(r.questionId()).text(r.respondentKey()).text(r.answerText()));
            append(c, "stg_survey_result", survey.results(), loadId);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        for (var e : FACTS.entrySet()) {
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

    private static void answer(StagingAppender a, SurveyRows.AnswerRow r) throws SQLException {
        a.text(r.surveyId()).text(r.questionId()).text(r.respondentKey()).text(r.optionCode())
                .number(r.numericValue() == null ? null : BigDecimal.valueOf(r.numericValue()))
                .text(r.answerStatus()).integer(r.pickCount()).text(r.periodKey()).text(r.regionCode());
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
