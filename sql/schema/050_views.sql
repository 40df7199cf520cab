-- The analysts' public API. Tables may change shape; these views keep their columns.

CREATE OR REPLACE VIEW v_indicator_values AS
SELECT
    f.indicator_id,
    i.indicator_name,
    f.region_code,
    r.region_name,
    r.region_level,
    f.period_label,
    p.fiscal_year,
    p.calendar_year,
    p.as_of_date,
    f.published_value,
    f.unit,
    f.base,
    f.numerator,
    f.numerator_estimated,
    f.denominator,
    f.rate_per_100k,
    f.value_status,
    coalesce((SELECT list(s.scene_name ORDER BY s.scene_code)
                FROM bridge_indicator_scene b JOIN dim_scene s ON s.scene_code = b.scene_code
               WHERE b.indicator_id = f.indicator_id), []::VARCHAR[]) AS scenes,
    f.load_id,
    f.period_key,
    p.is_partial,
    p.revision_period,
    f.published_text,
    f.multiplier,
    f.denominator_as_of,
    f.total_population,
    f.rate_per_100k_total,
    i.export_id,
    sf.relative_path AS source_file,
    f.source_row,
    f.source_column
FROM fct_indicator_value f
JOIN dim_indicator i ON i.indicator_id = f.indicator_id
JOIN dim_region r ON r.region_code = f.region_code
JOIN dim_period p ON p.period_key = f.period_key
LEFT JOIN dim_source_file sf ON sf.source_file_id = f.source_file_id;
COMMENT ON VIEW v_indicator_values IS 'Every 見える化 value with its region, period, unit, normalisation and scenes: the analysts'' main table. Also published flat as Parquet table indicator_values.';

CREATE OR REPLACE VIEW v_region_comparison AS
SELECT
    c.indicator_id,
    c.indicator_name,
    c.period_key,
    c.period_label,
    c.fiscal_year,
    c.calendar_year,
    c.region_code,
    c.region_name,
    c.unit,
    c.published_value AS region_value,
    c.rate_per_100k AS region_rate_per_100k,
    pr.region_code AS prefecture_code,
    pr.region_name AS prefecture_name,
    pr.published_value AS prefecture_value,
    pr.rate_per_100k AS prefecture_rate_per_100k,
    n.published_value AS nation_value,
    n.rate_per_100k AS nation_rate_per_100k,
    c.rate_per_100k / nullif(pr.rate_per_100k, 0) AS ratio_to_prefecture,
    c.rate_per_100k / nullif(n.rate_per_100k, 0) AS ratio_to_nation
FROM v_indicator_values c
JOIN dim_region cr ON cr.region_code = c.region_code
LEFT JOIN v_indicator_values pr
       ON pr.indicator_id = c.indicator_id AND pr.period_key = c.period_key
      AND pr.region_code = cr.prefecture_code
LEFT JOIN v_indicator_values n
       ON n.indicator_id = c.indicator_id AND n.period_key = c.period_key
      AND n.region_level = 'nation'
WHERE c.region_level IN ('municipality', 'ward');
COMMENT ON VIEW v_region_comparison IS 'For each indicator and period, each municipality beside its prefecture and the nation (where loaded), with the ratio of their per-100k rates.';

CREATE OR REPLACE VIEW v_population AS
SELECT p.region_code, r.region_name, r.region_level, p.base, p.as_of_date, p.population,
       p.statistic, p.load_id
FROM fct_population p
JOIN dim_region r ON r.region_code = p.region_code;
COMMENT ON VIEW v_population IS 'Population denominators with region names.';

CREATE OR REPLACE VIEW v_activities AS
SELECT a.working_group, a.item, a.period_label, p.as_of_date, p.fiscal_year,
       a.activity_value, a.unit, a.note,
       CASE WHEN a.initiative_codes IS NULL OR a.initiative_codes = '' THEN []::VARCHAR[]
            ELSE string_split(a.initiative_codes, ',') END AS initiatives,
       a.region_code, a.load_id
FROM fct_activity a
JOIN dim_period p ON p.period_key = a.period_key;
COMMENT ON VIEW v_activities IS 'The programme''s own activity figures (MCS users, わたしの人生ファイル copies, 「行田人」 issues, training sessions).';

CREATE OR REPLACE VIEW v_rejects AS
SELECT load_id, source_kind, relative_path, source_row, source_column, found, expected, message
FROM load_reject;
COMMENT ON VIEW v_rejects IS 'Input rows that loads skipped, and why.';
