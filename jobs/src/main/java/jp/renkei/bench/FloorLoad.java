package jp.renkei.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The floor's load, in DuckDB's SQL alone: the same CSV data (decoded to UTF-8 beforehand, {@link FloorInput})
 * into renkei's own star schema, as near to what renkei's steps put there as plain SQL gets. Region, indicator,
 * period and unit are resolved by joins and regular expressions, denominators by a join on the fiscal year;
 * what it leaves out: rejects (every cell is taken as it is), lineage, the job repository, renkei's
 * nearest-year denominators, the survey codebook's question types (every coded answer is counted as a choice)
 * and its suppression of small cells beyond a flag.
 */
final class FloorLoad {

    static final String LOAD_ID = "floor";

    private final Statement st;

    FloorLoad(Statement st) {
        this.st = st;
    }

    void dimensions(FloorInput in) throws SQLException {
        st.execute("""
                INSERT INTO dim_region
                WITH r AS (SELECT * FROM read_csv('%s', header = true, all_varchar = true))
                SELECT r.region_code, r.region_name, r.region_level, nullif(r.parent_code, ''),
                       CASE WHEN r.region_level <> 'nation' THEN p.region_code END, '%s'
                FROM r LEFT JOIN r p ON p.region_level = 'prefecture' AND left(p.region_code, 2) = left(r.region_code, 2)
                """.formatted(sql(in.regions()), LOAD_ID));
        st.execute("CREATE TEMP TABLE floor_catalogue AS SELECT * FROM read_csv('" + sql(in.catalogue())
                + "', header = true, all_varchar = true)");
        st.execute("""
                INSERT INTO dim_indicator
                SELECT indicator_id, export_id, series_name, indicator_name, nullif(base, ''),
                       TRY_CAST(multiplier AS INTEGER), note, '%s', true
                FROM floor_catalogue""".formatted(LOAD_ID));
        st.execute("""
                INSERT INTO bridge_indicator_scene
                SELECT DISTINCT c.indicator_id, s.scene_code
                FROM (SELECT indicator_id, unnest(string_split(scenes, '・')) AS scene FROM floor_catalogue) c
                JOIN dim_scene s ON s.scene_name = c.scene""");
        st.execute("""
                INSERT INTO bridge_indicator_initiative
                SELECT DISTINCT indicator_id, code
                FROM (SELECT indicator_id, unnest(string_split(initiatives, '・')) AS code FROM floor_catalogue)
                WHERE code IN (SELECT initiative_code FROM dim_initiative)""");
        st.execute("""
                INSERT INTO fct_population
                SELECT region_code, base, CAST(as_of_date AS DATE), CAST(population AS BIGINT), statistic,
                       'population_yearly.csv', CAST(row_number() OVER () + 1 AS INTEGER), '%s'
                FROM read_csv('%s', header = true, all_varchar = true)""".formatted(LOAD_ID, sql(in.population())));
    }

    /** Every export unpivoted into one cell table, then periods, units and denominators, then the fact. */
    void indicators(FloorInput in) throws SQLException {
        st.execute("""
                CREATE TEMP TABLE floor_cell (export_id VARCHAR, source_file VARCHAR, source_row INTEGER,
                    region_name VARCHAR, series_name VARCHAR, unit VARCHAR, period_label VARCHAR, published_text VARCHAR)""");
        for (Map.Entry<Path, String> e : in.exports().entrySet()) {
            st.execute("""
                    INSERT INTO floor_cell
                    SELECT '%s', '%s', source_row, "地域", "指標", "単位", period_label, published_text
                    FROM (SELECT *, CAST(row_number() OVER () + 2 AS INTEGER) AS source_row
                          FROM read_csv('%s', header = true, all_varchar = true))
                    UNPIVOT INCLUDE NULLS (published_text FOR period_label
                        IN (COLUMNS(* EXCLUDE ("地域", "指標", "単位", source_row))))"""
                    .formatted(e.getValue().replace("'", "''"), e.getKey().getFileName(), sql(e.getKey())));
        }
        // 2005, H17 → Y2005; H17年度, 平成17年度, R元年度 → FY…; R6（R7/2月サービス提供分まで） → FY2024~2025-02, partial
        st.execute("""
                CREATE TEMP TABLE floor_period AS
                SELECT period_label, CASE WHEN fiscal THEN 'FY' ELSE 'Y' END || fiscal_year
                           || CASE WHEN partial_end IS NULL THEN '' ELSE '~' || strftime(partial_end, '%Y-%m') END AS period_key,
                       CASE WHEN fiscal THEN 'fiscal_year' ELSE 'year' END AS period_kind, fiscal_year,
                       partial_end IS NOT NULL AS is_partial,
                       coalesce(partial_end, make_date(fiscal_year + 1, 3, 31)) AS period_end
                FROM (SELECT period_label, fiscal_year, period_label LIKE '%年度%' OR partial_end IS NOT NULL AS fiscal, partial_end
                      FROM (SELECT period_label,
                                   CASE WHEN regexp_full_match(period_label, '[0-9]{4}') THEN CAST(period_label AS INTEGER)
                                        WHEN regexp_matches(period_label, '^(H|平成)')
                                        THEN 1988 + coalesce(TRY_CAST(regexp_extract(period_label, '^(H|平成)([0-9]+)', 2) AS INTEGER), 1)
                                        WHEN regexp_matches(period_label, '^(R|令和)')
                                        THEN 2018 + coalesce(TRY_CAST(regexp_extract(period_label, '^(R|令和)([0-9]+)', 2) AS INTEGER), 1)
                                   END AS fiscal_year,
                                   CASE WHEN regexp_matches(period_label, '（R[0-9]+/[0-9]+月')
                                        THEN last_day(make_date(2018 + CAST(regexp_extract(period_label, '（R([0-9]+)/', 1) AS INTEGER),
                                                                CAST(regexp_extract(period_label, '/([0-9]+)月', 1) AS INTEGER), 1))
                                   END AS partial_end
                            FROM (SELECT DISTINCT period_label FROM floor_cell)))""");
        st.execute("""
                INSERT INTO dim_period
                SELECT period_key, any_value(period_kind), fiscal_year, NULL, NULL, NULL, make_date(fiscal_year, 4, 1),
                       any_value(period_end), bool_or(is_partial),
                       CASE WHEN fiscal_year < 2018 THEN 'H30改定前' WHEN fiscal_year < 2024 THEN 'H30改定' ELSE 'R6改定' END
                FROM floor_period GROUP BY period_key, fiscal_year""");
        st.execute("""
                CREATE TEMP TABLE floor_unit AS
                SELECT unit, multiplier,
                       CASE WHEN multiplier IS NOT NULL OR unit LIKE '%率%' THEN 'rate'
                            WHEN regexp_matches(unit, '[件人回日]') THEN 'count' ELSE 'other' END AS value_kind,
                       CASE WHEN unit LIKE '%65歳以上%' THEN '65歳以上人口' WHEN unit LIKE '%認定者%' THEN '認定者数'
                            WHEN regexp_matches(unit, '第[1１]号') THEN '第1号被保険者数'
                            WHEN unit LIKE '%人口%' THEN '総人口' END AS unit_base
                FROM (SELECT unit,
                             CASE WHEN regexp_matches(unit, '[%％]') THEN 100
                                  WHEN regexp_matches(unit, '(10|１０)万') THEN 100000
                                  WHEN regexp_matches(unit, '(1|１)万') THEN 10000 END AS multiplier
                      FROM (SELECT DISTINCT unit FROM floor_cell))""");
        st.execute("""
                CREATE TEMP TABLE floor_denominator AS
                SELECT region_code, base, year(as_of_date) - CASE WHEN month(as_of_date) < 4 THEN 1 ELSE 0 END AS fiscal_year,
                       arg_max(population, as_of_date) AS population, max(as_of_date) AS as_of
                FROM fct_population GROUP BY ALL""");
        st.execute("""
                INSERT INTO fct_indicator_value
                WITH v AS (
                    SELECT i.indicator_id, r.region_code, p.period_key, p.fiscal_year, c.period_label, c.published_text,
                           TRY_CAST(replace(c.published_text, ',', '') AS DOUBLE) AS value, c.unit,
                           CASE WHEN c.series_name LIKE '%%偏差値%%' THEN 'index' ELSE u.value_kind END AS value_kind,
                           CASE WHEN c.series_name NOT LIKE '%%偏差値%%'
                                THEN coalesce(u.unit_base, i.base, CASE WHEN u.value_kind = 'count' THEN '総人口' END) END AS base,
                           CASE WHEN u.value_kind = 'rate' AND c.series_name NOT LIKE '%%偏差値%%'
                                THEN coalesce(u.multiplier, i.multiplier) END AS multiplier,
                           c.source_file, c.source_row
                    FROM floor_cell c
                    JOIN dim_region r ON r.region_name = c.region_name
                    JOIN dim_indicator i ON i.export_id = c.export_id AND i.series_name = c.series_name
                    JOIN floor_period p ON p.period_label = c.period_label
                    JOIN floor_unit u ON u.unit = c.unit),
                n AS (
                    SELECT v.*, d.population AS denominator, d.as_of AS denominator_as_of, t.population AS total_population,
                           CASE WHEN v.value_kind = 'count' THEN v.value
                                WHEN v.value_kind = 'rate' THEN v.value * d.population / v.multiplier END AS numerator
                    FROM v
                    LEFT JOIN floor_denominator d -- a missing value has no denominator, as in renkei
                           ON v.value IS NOT NULL AND d.region_code = v.region_code AND d.base = v.base AND d.fiscal_year = v.fiscal_year
                    LEFT JOIN floor_denominator t -- nor has a value that is not normalised (a 偏差値)
                           ON v.value IS NOT NULL AND v.value_kind IN ('count', 'rate') AND t.region_code = v.region_code AND t.base = '総人口' AND t.fiscal_year = v.fiscal_year)
                SELECT indicator_id, region_code, period_key, period_label, published_text, value, unit, value_kind, base,
                       multiplier, numerator, value_kind = 'rate' AND numerator IS NOT NULL, denominator, denominator_as_of,
                       CASE WHEN value_kind = 'count' THEN value * 100000 / nullif(denominator, 0)
                            WHEN value_kind = 'rate' THEN value * 100000 / multiplier END,
                       total_population, numerator * 100000 / nullif(total_population, 0),
                       CASE WHEN value IS NULL THEN 'missing' WHEN value_kind = 'other' THEN 'not_normalised'
                            WHEN value_kind = 'index' THEN 'not_normalised_index'
                            WHEN base IS NULL THEN 'no_base' WHEN denominator IS NULL THEN 'no_denominator' ELSE 'ok' END,
                       source_file, source_row, period_label, '%s', false, NULL
                FROM n""".formatted(LOAD_ID));
    }

    /**
     * The survey's answers unpivoted into {@code fct_survey_answer}, then counted by question and coded answer,
     * overall and by each demographic, into {@code fct_survey_result}.
     */
    void survey(FloorInput.SurveyFile survey) throws SQLException {
        String demographicColumns = survey.demographics().values().stream().collect(Collectors.joining(", "));
        String excluded = survey.demographics().isEmpty() ? "c0" : "c0, " + demographicColumns;
        st.execute("""
                CREATE TEMP TABLE floor_answer AS
                SELECT md5(c0) AS respondent_key, question_id, answer%s
                FROM read_csv('%s', header = true, all_varchar = true)
                UNPIVOT (answer FOR question_id IN (COLUMNS(* EXCLUDE (%s))))
                WHERE answer <> '99'""".formatted(survey.demographics().isEmpty() ? "" : ", " + demographicColumns,
                sql(survey.responses()), excluded));
        st.execute("""
                INSERT INTO fct_survey_answer
                SELECT '%s', question_id, respondent_key, answer, TRY_CAST(answer AS DOUBLE), 'answered', 1, '%s', '%s', '%s', NULL
                FROM floor_answer""".formatted(survey.surveyId(), survey.periodKey(), survey.regionCode(), LOAD_ID));
        StringBuilder sets = new StringBuilder("(question_id, answer)");
        StringBuilder segment = new StringBuilder("CASE");
        for (Map.Entry<String, String> d : survey.demographics().entrySet()) {
            sets.append(", (question_id, answer, ").append(d.getValue()).append(')');
            segment.append(" WHEN grouping(").append(d.getValue()).append(") = 0 THEN '").append(d.getKey())
                    .append("=' || coalesce(").append(d.getValue()).append(", '無回答')");
        }
        segment.append(" ELSE '全体' END");
        st.execute("""
                INSERT INTO fct_survey_result
                SELECT '%1$s', question_id, 0, question_id, answer, answer, 0, segment, NULL, NULL, 0, n_scope, n_selected,
                       CAST(round(100.0 * n_selected / n_scope, 1) AS DECIMAL(4,1)), n_selected < 10, n_scope < 10,
                       CASE WHEN n_selected < 10 THEN 'small cell' END, 10, '%2$s'
                FROM (SELECT *, sum(n_selected) OVER (PARTITION BY question_id, segment) AS n_scope
                      FROM (SELECT question_id, answer, %3$s AS segment, count(*) AS n_selected
                            FROM floor_answer WHERE regexp_full_match(answer, '[0-9]+')
                            GROUP BY GROUPING SETS (%4$s)))""".formatted(survey.surveyId(), LOAD_ID, segment, sets));
    }

    static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
