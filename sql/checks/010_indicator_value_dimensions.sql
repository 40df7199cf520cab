-- check: fct_indicator_value: indicator, region and period exist in their dimensions
SELECT f.indicator_id, f.region_code, f.period_key
FROM fct_indicator_value f
WHERE NOT EXISTS (SELECT 1 FROM dim_indicator d WHERE d.indicator_id = f.indicator_id)
   OR NOT EXISTS (SELECT 1 FROM dim_region d WHERE d.region_code = f.region_code)
   OR NOT EXISTS (SELECT 1 FROM dim_period d WHERE d.period_key = f.period_key);
