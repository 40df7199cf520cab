-- The floor's dimensions and population, straight from the generator's CSVs (see jp.renkei.bench.FloorLoad).
-- Variables: regions_csv, catalogue_csv, population_csv, load_id.
INSERT INTO dim_region
WITH r AS (SELECT * FROM read_csv(getvariable('regions_csv'), header = true, all_varchar = true))
SELECT r.region_code, r.region_name, r.region_level, nullif(r.parent_code, ''),
       CASE WHEN r.region_level <> 'nation' THEN p.region_code END, getvariable('load_id')
FROM r LEFT JOIN r p ON p.region_level = 'prefecture' AND left(p.region_code, 2) = left(r.region_code, 2);

CREATE TEMP TABLE floor_catalogue AS
SELECT * FROM read_csv(getvariable('catalogue_csv'), header = true, all_varchar = true);

INSERT INTO dim_indicator
SELECT indicator_id, export_id, series_name, indicator_name, nullif(base, ''),
       TRY_CAST(multiplier AS INTEGER), note, getvariable('load_id'), true
FROM floor_catalogue;

INSERT INTO bridge_indicator_scene
SELECT DISTINCT c.indicator_id, s.scene_code
FROM (SELECT indicator_id, unnest(string_split(scenes, '・')) AS scene FROM floor_catalogue) c
JOIN dim_scene s ON s.scene_name = c.scene;

INSERT INTO bridge_indicator_initiative
SELECT DISTINCT indicator_id, code
FROM (SELECT indicator_id, unnest(string_split(initiatives, '・')) AS code FROM floor_catalogue)
WHERE code IN (SELECT initiative_code FROM dim_initiative);

INSERT INTO fct_population
SELECT region_code, base, CAST(as_of_date AS DATE), CAST(population AS BIGINT), statistic,
       'population_yearly.csv', CAST(row_number() OVER () + 1 AS INTEGER), getvariable('load_id')
FROM read_csv(getvariable('population_csv'), header = true, all_varchar = true);
