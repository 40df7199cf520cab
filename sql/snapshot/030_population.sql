SELECT * FROM v_population ORDER BY region_code, base, as_of_date
