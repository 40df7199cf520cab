-- Each municipality beside its prefecture and the nation; written one file per export.
SELECT * FROM v_region_comparison ORDER BY indicator_id, period_key, region_code
