-- check: primary keys: one row per indicator, region, period and display mode
-- Each row after the first of its key fails (the table declares no key: see fct_indicator_value in V1_030__facts.sql).
SELECT indicator_id, region_code, period_key, display_mode
FROM (SELECT indicator_id, region_code, period_key, display_mode,
             row_number() OVER (PARTITION BY indicator_id, region_code, period_key, coalesce(display_mode, '')) AS nth
      FROM fct_indicator_value)
WHERE nth > 1;
