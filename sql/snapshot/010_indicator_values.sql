-- The analysts' main table, flat for BI tools; written one file per export (see SnapshotTables).
SELECT * FROM v_indicator_values ORDER BY indicator_id, region_code, period_key
