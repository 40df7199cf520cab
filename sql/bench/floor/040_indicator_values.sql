-- Periods, units and denominators of the cells, then the fact. Variable: load_id.

-- 2005, H17 → Y2005; H17年度, 平成17年度, R元年度 → FY…; R6（R7/2月サービス提供分まで） → FY2024~2025-02, partial
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
            FROM (SELECT DISTINCT period_label FROM floor_cell)));

INSERT INTO dim_period
SELECT period_key, any_value(period_kind), fiscal_year, NULL, NULL, NULL, make_date(fiscal_year, 4, 1),
       any_value(period_end), bool_or(is_partial),
       CASE WHEN fiscal_year < 2018 THEN 'H30改定前' WHEN fiscal_year < 2024 THEN 'H30改定' ELSE 'R6改定' END
FROM floor_period GROUP BY period_key, fiscal_year;

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
      FROM (SELECT DISTINCT unit FROM floor_cell));

CREATE TEMP TABLE floor_denominator AS
SELECT region_code, base, year(as_of_date) - CASE WHEN month(as_of_date) < 4 THEN 1 ELSE 0 END AS fiscal_year,
       arg_max(population, as_of_date) AS population, max(as_of_date) AS as_of
FROM fct_population GROUP BY ALL;

INSERT INTO fct_indicator_value
WITH v AS (
    SELECT i.indicator_id, r.region_code, p.period_key, p.fiscal_year, c.period_label, c.published_text,
           TRY_CAST(replace(c.published_text, ',', '') AS DOUBLE) AS value, c.unit,
           CASE WHEN c.series_name LIKE '%偏差値%' THEN 'index' ELSE u.value_kind END AS value_kind,
           CASE WHEN c.series_name NOT LIKE '%偏差値%'
                THEN coalesce(u.unit_base, i.base, CASE WHEN u.value_kind = 'count' THEN '総人口' END) END AS base,
           CASE WHEN u.value_kind = 'rate' AND c.series_name NOT LIKE '%偏差値%'
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
       source_file, source_row, period_label, getvariable('load_id'), false, NULL
FROM n;
