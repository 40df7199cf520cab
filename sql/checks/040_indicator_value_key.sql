-- check: primary keys: one row per indicator, region, period and display mode
-- Each row after the first of its key fails (the table declares no key: see fct_indicator_value in V1_030__facts.sql).
-- Grouped, then one failing row per extra row: a window over every row cost 2.5× as much on a national warehouse.
-- Only the series (indicator_id) that rows of an unchecked load belong to are grouped (internal.checked_load, V3):
-- a key repeats within its series only, and the others passed when they were last written. A national night with
-- one new export groups 35,780 rows instead of 7,156,000 (2.0 s to 0.05 s). DISTINCT: on a first load, where every
-- series is grouped, a semi join on 7 M unreduced ids doubled the check (4.2 s against 2.1 s).
SELECT k.indicator_id, k.region_code, k.period_key, k.display_mode
FROM (SELECT indicator_id, region_code, period_key, coalesce(display_mode, '') AS display_mode, count(*) AS n
      FROM fct_indicator_value
      WHERE indicator_id IN (SELECT DISTINCT indicator_id FROM fct_indicator_value
                             WHERE load_id NOT IN (SELECT load_id FROM internal.checked_load))
      GROUP BY indicator_id, region_code, period_key, coalesce(display_mode, '')
      HAVING count(*) > 1) AS k,
     range(k.n - 1);
