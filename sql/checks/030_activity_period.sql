-- check: fct_activity: period exists in dim_period
SELECT f.working_group, f.item, f.period_key
FROM fct_activity f
WHERE NOT EXISTS (SELECT 1 FROM dim_period d WHERE d.period_key = f.period_key);
