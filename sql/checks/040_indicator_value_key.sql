-- check: primary keys: one row per indicator, region, period and display mode
-- Each row after the first of its key fails (the table declares no key: see fct_indicator_value in V1_030__facts.sql).
-- Grouped, then one failing row per extra row: a window over every row cost 2.5× as much on a national warehouse.
SELECT k.indicator_id, k.region_code, k.period_key, k.display_mode
FROM (SELECT indicator_id, region_code, period_key, coalesce(display_mode, '') AS display_mode, count(*) AS n
      FROM fct_indicator_value
      GROUP BY indicator_id, region_code, period_key, coalesce(display_mode, '')
      HAVING count(*) > 1) AS k,
     range(k.n - 1);
