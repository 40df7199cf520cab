-- The analysts' public API. Tables may change shape; these views keep their columns.

-- column docs from: fct_indicator_value, dim_indicator, dim_region, dim_period
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
    f.value_kind,
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
    f.source_column,
    f.is_projection,
    f.display_mode,
    i.catalogued
FROM fct_indicator_value f
JOIN dim_indicator i ON i.indicator_id = f.indicator_id
JOIN dim_region r ON r.region_code = f.region_code
JOIN dim_period p ON p.period_key = f.period_key
LEFT JOIN dim_source_file sf ON sf.source_file_id = f.source_file_id;
COMMENT ON VIEW v_indicator_values IS 'Every 見える化 value with its region, period, unit, normalisation and scenes: the analysts'' main table. Also published flat as Parquet table indicator_values.';

-- column docs from: v_indicator_values
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
    c.display_mode,
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
-- the prefecture and nation sides are filtered to their level first: joined whole, each was a hash table of
-- every value in the warehouse (9.3 s and most of 512 MB for one slice of a 4× national load; 1.5 s after)
LEFT JOIN (SELECT * FROM v_indicator_values WHERE region_level = 'prefecture') pr
       ON pr.indicator_id = c.indicator_id AND pr.period_key = c.period_key
      AND pr.region_code = cr.prefecture_code AND pr.display_mode IS NOT DISTINCT FROM c.display_mode
LEFT JOIN (SELECT * FROM v_indicator_values WHERE region_level = 'nation') n
       ON n.indicator_id = c.indicator_id AND n.period_key = c.period_key
      AND n.display_mode IS NOT DISTINCT FROM c.display_mode
WHERE c.region_level IN ('municipality', 'ward');
COMMENT ON VIEW v_region_comparison IS 'For each indicator, period and display mode, each municipality or ward (region_code, region_name) beside its prefecture and the nation (where loaded) in the same display mode, with the ratio of their per-100k rates.';

-- column docs from: fct_population, dim_region
CREATE OR REPLACE VIEW v_population AS
SELECT p.region_code, r.region_name, r.region_level, p.base, p.as_of_date, p.population,
       p.statistic, p.load_id
FROM fct_population p
JOIN dim_region r ON r.region_code = p.region_code;
COMMENT ON VIEW v_population IS 'Population denominators with region names.';

-- column docs from: population_conflict, dim_region
CREATE OR REPLACE VIEW v_population_conflicts AS
SELECT c.region_code, r.region_name, c.base, c.as_of_date, c.kept_population, kf.relative_path AS kept_file,
       c.kept_source_row, c.export_population, ef.relative_path AS export_file, c.export_source_row,
       c.export_population - c.kept_population AS difference, c.load_id
FROM population_conflict c
LEFT JOIN dim_region r ON r.region_code = c.region_code
LEFT JOIN dim_source_file kf ON kf.source_file_id = c.kept_source_file_id
LEFT JOIN dim_source_file ef ON ef.source_file_id = c.export_source_file_id;
COMMENT ON VIEW v_population_conflicts IS 'Where population/ and an export give different figures for one region, base and date: population/ is kept, the export''s figure is shown beside it.';

-- column docs from: fct_activity, dim_period
CREATE OR REPLACE VIEW v_activities AS
SELECT a.working_group, a.item, a.period_label, p.as_of_date, p.fiscal_year,
       a.activity_value, a.unit, a.note,
       CASE WHEN a.initiative_codes IS NULL OR a.initiative_codes = '' THEN []::VARCHAR[]
            ELSE string_split(a.initiative_codes, ',') END AS initiatives,
       a.region_code, a.load_id,
       coalesce((SELECT list(s.scene_name ORDER BY s.scene_code) FROM dim_scene s
                  WHERE a.scene_codes IS NOT NULL AND a.scene_codes <> ''
                    AND list_contains(string_split(a.scene_codes, ','), CAST(s.scene_code AS VARCHAR))),
                []::VARCHAR[]) AS scenes
FROM fct_activity a
JOIN dim_period p ON p.period_key = a.period_key;
COMMENT ON VIEW v_activities IS 'The programme''s own activity figures (MCS users, わたしの人生ファイル copies, 「行田人」 issues, training sessions).';

-- column docs from: load_reject
CREATE OR REPLACE VIEW v_rejects AS
SELECT load_id, source_file_id, source_kind, relative_path, source_row, source_column, found, expected, message
FROM load_reject;
COMMENT ON VIEW v_rejects IS 'Input rows that loads skipped, and why.';

-- Column comments of what the views compute or rename (analysts read them with duckdb_columns()); every other
-- view column takes its table's comment (see the 'column docs from' lines and ViewColumnDocs).
COMMENT ON COLUMN v_activities.initiatives IS '具体的取組 letters (ア〜ク) as a list.';
COMMENT ON COLUMN v_activities.scenes IS '4つの場面 the activity serves, as a list of scene names in the 手引き''s order (empty when the record names none).';
COMMENT ON COLUMN v_indicator_values.scenes IS '4つの場面 the indicator belongs to, as a list (from bridge_indicator_scene).';
COMMENT ON COLUMN v_indicator_values.source_file IS 'The export the value was read from, relative to the input folder.';
COMMENT ON COLUMN v_region_comparison.region_value IS 'The municipality''s published value.';
COMMENT ON COLUMN v_region_comparison.region_rate_per_100k IS 'The municipality''s value per 100,000 of its base.';
COMMENT ON COLUMN v_region_comparison.prefecture_code IS 'The prefecture the municipality lies in.';
COMMENT ON COLUMN v_region_comparison.prefecture_name IS 'Name of that prefecture.';
COMMENT ON COLUMN v_region_comparison.prefecture_value IS 'The prefecture''s published value for the same indicator and period; NULL when not loaded.';
COMMENT ON COLUMN v_region_comparison.prefecture_rate_per_100k IS 'The prefecture''s value per 100,000 of its base.';
COMMENT ON COLUMN v_region_comparison.nation_value IS '全国''s published value for the same indicator and period; NULL when not loaded.';
COMMENT ON COLUMN v_region_comparison.nation_rate_per_100k IS '全国''s value per 100,000 of its base.';
COMMENT ON COLUMN v_region_comparison.ratio_to_prefecture IS 'region_rate_per_100k ÷ prefecture_rate_per_100k (unrounded: round only for display).';
COMMENT ON COLUMN v_region_comparison.ratio_to_nation IS 'region_rate_per_100k ÷ nation_rate_per_100k (unrounded).';
COMMENT ON COLUMN v_population_conflicts.kept_file IS 'The population/ file, relative to the input folder.';
COMMENT ON COLUMN v_population_conflicts.export_file IS 'The export, relative to the input folder.';
COMMENT ON COLUMN v_population_conflicts.difference IS 'export_population − kept_population.';
