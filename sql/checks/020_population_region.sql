-- check: fct_population: region exists in dim_region
SELECT f.region_code
FROM fct_population f
WHERE NOT EXISTS (SELECT 1 FROM dim_region d WHERE d.region_code = f.region_code);
