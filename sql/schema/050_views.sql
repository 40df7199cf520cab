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
COMMENT ON VIEW v_region_comparison IS 'For each indicator and period, each municipality beside its prefecture and the nation (where loaded), with the ratio of their per-100k rates.';

CREATE OR REPLACE VIEW v_population AS
SELECT p.region_code, r.region_name, r.region_level, p.base, p.as_of_date, p.population,
       p.statistic, p.load_id
FROM fct_population p
JOIN dim_region r ON r.region_code = p.region_code;
COMMENT ON VIEW v_population IS 'Population denominators with region names.';

CREATE OR REPLACE VIEW v_population_conflicts AS
SELECT c.region_code, r.region_name, c.base, c.as_of_date, c.kept_population, kf.relative_path AS kept_file,
       c.kept_source_row, c.export_population, ef.relative_path AS export_file, c.export_source_row,
       c.export_population - c.kept_population AS difference, c.load_id
FROM population_conflict c
LEFT JOIN dim_region r ON r.region_code = c.region_code
LEFT JOIN dim_source_file kf ON kf.source_file_id = c.kept_source_file_id
LEFT JOIN dim_source_file ef ON ef.source_file_id = c.export_source_file_id;
COMMENT ON VIEW v_population_conflicts IS 'Where population/ and an export give different figures for one region, base and date: population/ is kept, the export''s figure is shown beside it.';

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

CREATE OR REPLACE VIEW v_rejects AS
SELECT load_id, source_file_id, source_kind, relative_path, source_row, source_column, found, expected, message
FROM load_reject;
COMMENT ON VIEW v_rejects IS 'Input rows that loads skipped, and why.';

-- Column comments of the views (analysts read them with duckdb_columns()).
COMMENT ON COLUMN v_activities.working_group IS '部会 (入退院調整部会, 研修部会, 患者情報共有・ICT部会, 普及啓発部会, 病院有床部会).';
COMMENT ON COLUMN v_activities.item IS 'What is counted (MCS 利用患者数, わたしの人生ファイル配布数).';
COMMENT ON COLUMN v_activities.period_label IS 'The as-of label as typed (令和5年5月現在, 令和5年9月末).';
COMMENT ON COLUMN v_activities.as_of_date IS 'The date the figure refers to (month end for 令和5年9月末 and 令和5年5月現在).';
COMMENT ON COLUMN v_activities.fiscal_year IS '年度 of the as-of date.';
COMMENT ON COLUMN v_activities.activity_value IS 'The figure.';
COMMENT ON COLUMN v_activities.unit IS 'Unit as typed (名, 部, 号, 回).';
COMMENT ON COLUMN v_activities.note IS 'Note as typed.';
COMMENT ON COLUMN v_activities.initiatives IS '具体的取組 letters (ア〜ク) as a list.';
COMMENT ON COLUMN v_activities.region_code IS 'The municipality running the programme.';
COMMENT ON COLUMN v_activities.load_id IS 'dim_load.load_id of the load that wrote the row.';
COMMENT ON COLUMN v_activities.scenes IS '4つの場面 the activity serves, as a list of scene names in the 手引き''s order (empty when the record names none).';
COMMENT ON COLUMN v_indicator_values.indicator_id IS 'dim_indicator.indicator_id.';
COMMENT ON COLUMN v_indicator_values.indicator_name IS 'Name to show analysts.';
COMMENT ON COLUMN v_indicator_values.region_code IS 'dim_region.region_code, resolved from the region name in the export.';
COMMENT ON COLUMN v_indicator_values.region_name IS 'Region name from the region master.';
COMMENT ON COLUMN v_indicator_values.region_level IS 'nation, prefecture, municipality, ward or insurer (an insurer union such as 大雪地区広域連合).';
COMMENT ON COLUMN v_indicator_values.period_label IS 'The period header exactly as the export printed it (H29年, 令和2年3月末).';
COMMENT ON COLUMN v_indicator_values.fiscal_year IS '年度 the period falls in, named by its starting year (令和5年度 = 2023).';
COMMENT ON COLUMN v_indicator_values.calendar_year IS 'Calendar year of the period, when it lies within one.';
COMMENT ON COLUMN v_indicator_values.as_of_date IS 'The date a stock figure refers to (令和2年3月末 = 2020-03-31).';
COMMENT ON COLUMN v_indicator_values.published_value IS 'The published number (round-trips exactly: 427.8 stays 427.8); NULL when the export gives no value.';
COMMENT ON COLUMN v_indicator_values.unit IS 'The unit text as published (回（人口10万対）, （%）, [認定者1万対]).';
COMMENT ON COLUMN v_indicator_values.base IS 'Population the rate is over, or the count is normalised by: 総人口, 65歳以上人口, 認定者数, 第1号被保険者数.';
COMMENT ON COLUMN v_indicator_values.numerator IS 'The count: as published for counts, estimated from rate × denominator ÷ multiplier for rates.';
COMMENT ON COLUMN v_indicator_values.numerator_estimated IS 'True when the numerator was derived from a published rate rather than published.';
COMMENT ON COLUMN v_indicator_values.denominator IS 'Population of the base for this region and period, from fct_population; NULL when not loaded (see value_status).';
COMMENT ON COLUMN v_indicator_values.rate_per_100k IS 'The value per 100,000 of its own base.';
COMMENT ON COLUMN v_indicator_values.value_status IS 'ok; missing (the export gives no value); no_denominator (a needed denominator is not loaded, nothing invented); denominator_other_year (denominator taken from another year because configuration allows it); no_base (a rate whose base is unknown); not_normalised_percent, not_normalised_money, not_normalised_index, not_normalised (no count or rate: rate_per_100k stays NULL).';
COMMENT ON COLUMN v_indicator_values.value_kind IS 'What the value is: count, rate, percent (a % of no known population), money, index (地域差指数, a 偏差値 series) or other. Only count and rate are normalised per 100,000.';
COMMENT ON COLUMN v_indicator_values.scenes IS '4つの場面 the indicator belongs to, as a list (from bridge_indicator_scene).';
COMMENT ON COLUMN v_indicator_values.load_id IS 'dim_load.load_id of the load that wrote the row.';
COMMENT ON COLUMN v_indicator_values.period_key IS 'dim_period.period_key.';
COMMENT ON COLUMN v_indicator_values.is_partial IS 'True when the period is not complete, e.g. R6（R7/2月サービス提供分まで）.';
COMMENT ON COLUMN v_indicator_values.revision_period IS '介護報酬改定 definition period the values belong to: H30改定前, H30改定 (FY2018-2023) or R6改定 (FY2024-); values across revisions are not strictly comparable.';
COMMENT ON COLUMN v_indicator_values.published_text IS 'The cell exactly as published, including a missing-value token such as - or －.';
COMMENT ON COLUMN v_indicator_values.multiplier IS 'Rate multiplier parsed from the unit (100 for %, 10000 for 1万対, 100000 for 10万対); NULL for counts.';
COMMENT ON COLUMN v_indicator_values.denominator_as_of IS 'As-of date of the denominator used.';
COMMENT ON COLUMN v_indicator_values.total_population IS '総人口 of the region for the period, when loaded.';
COMMENT ON COLUMN v_indicator_values.rate_per_100k_total IS 'numerator per 100,000 total population, where numerator and total population are both known.';
COMMENT ON COLUMN v_indicator_values.export_id IS '見える化 指標ID of the export file the series comes in (A1, B4-a, δ1-c).';
COMMENT ON COLUMN v_indicator_values.source_file IS 'The export the value was read from, relative to the input folder.';
COMMENT ON COLUMN v_indicator_values.source_row IS 'Row number (1-based, as a spreadsheet shows it) in the export.';
COMMENT ON COLUMN v_indicator_values.source_column IS 'Column letter (A, B, …) in the export.';
COMMENT ON COLUMN v_indicator_values.is_projection IS 'True when the period starts in a year after the export''s 出力日 year (a projection such as 社人研推計); never used as a denominator.';
COMMENT ON COLUMN v_indicator_values.display_mode IS '注目する地域のみ or 他地域と比較 when the series name carries that display-mode prefix (the two are different series of one export); NULL otherwise.';
COMMENT ON COLUMN v_indicator_values.catalogued IS 'True when the indicator is in the catalogue in force (renkei''s default or input/reference/); false for a series loaded without one (derived id, series name as name, no scenes).';
COMMENT ON COLUMN v_population.region_code IS 'dim_region.region_code.';
COMMENT ON COLUMN v_population.region_name IS 'Region name from the region master.';
COMMENT ON COLUMN v_population.region_level IS 'nation, prefecture, municipality or ward.';
COMMENT ON COLUMN v_population.base IS '総人口, 65歳以上人口, 認定者数 or 第1号被保険者数.';
COMMENT ON COLUMN v_population.as_of_date IS 'Date the figure refers to (census: 1 October; resident register: 1 January).';
COMMENT ON COLUMN v_population.population IS 'Number of persons.';
COMMENT ON COLUMN v_population.statistic IS 'Where the figure comes from: 国勢調査, 住民基本台帳, 介護保険事業状況報告, or as the yearly file says.';
COMMENT ON COLUMN v_population.load_id IS 'dim_load.load_id of the load that wrote the row.';
COMMENT ON COLUMN v_region_comparison.indicator_id IS 'dim_indicator.indicator_id.';
COMMENT ON COLUMN v_region_comparison.indicator_name IS 'Name to show analysts.';
COMMENT ON COLUMN v_region_comparison.period_key IS 'dim_period.period_key.';
COMMENT ON COLUMN v_region_comparison.period_label IS 'The period header exactly as the export printed it (H29年, 令和2年3月末).';
COMMENT ON COLUMN v_region_comparison.fiscal_year IS '年度 the period falls in, named by its starting year (令和5年度 = 2023).';
COMMENT ON COLUMN v_region_comparison.calendar_year IS 'Calendar year of the period, when it lies within one.';
COMMENT ON COLUMN v_region_comparison.region_code IS 'The municipality (or ward) compared.';
COMMENT ON COLUMN v_region_comparison.region_name IS 'Name of the municipality.';
COMMENT ON COLUMN v_region_comparison.display_mode IS '注目する地域のみ or 他地域と比較, NULL when the series has no display mode; the prefecture and nation beside it are of the same mode.';
COMMENT ON COLUMN v_region_comparison.unit IS 'The unit text as published (回（人口10万対）, （%）, [認定者1万対]).';
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
COMMENT ON COLUMN v_rejects.load_id IS 'dim_load.load_id.';
COMMENT ON COLUMN v_rejects.source_kind IS 'indicators, population, reference or activities.';
COMMENT ON COLUMN v_rejects.relative_path IS 'The input file, relative to the input folder.';
COMMENT ON COLUMN v_rejects.source_row IS 'Row number (1-based, as a spreadsheet or editor shows it).';
COMMENT ON COLUMN v_rejects.source_column IS 'Column name or letter.';
COMMENT ON COLUMN v_rejects.found IS 'What the cell held.';
COMMENT ON COLUMN v_rejects.expected IS 'What was expected instead.';
COMMENT ON COLUMN v_rejects.message IS 'The whole message as printed: file, row, column, found, expected.';
COMMENT ON COLUMN v_rejects.source_file_id IS 'dim_source_file.source_file_id: the file version the row is in.';
COMMENT ON COLUMN v_population_conflicts.region_code IS 'dim_region.region_code.';
COMMENT ON COLUMN v_population_conflicts.region_name IS 'Region name from the region master.';
COMMENT ON COLUMN v_population_conflicts.base IS '総人口, 65歳以上人口, 認定者数 or 第1号被保険者数.';
COMMENT ON COLUMN v_population_conflicts.as_of_date IS 'The date both figures refer to.';
COMMENT ON COLUMN v_population_conflicts.kept_population IS 'The figure of population/, the one used.';
COMMENT ON COLUMN v_population_conflicts.kept_file IS 'The population/ file, relative to the input folder.';
COMMENT ON COLUMN v_population_conflicts.kept_source_row IS 'Its row.';
COMMENT ON COLUMN v_population_conflicts.export_population IS 'The figure the export gave, not used.';
COMMENT ON COLUMN v_population_conflicts.export_file IS 'The export, relative to the input folder.';
COMMENT ON COLUMN v_population_conflicts.export_source_row IS 'Its row.';
COMMENT ON COLUMN v_population_conflicts.difference IS 'export_population − kept_population.';
COMMENT ON COLUMN v_population_conflicts.load_id IS 'dim_load.load_id of the load that found the difference.';
