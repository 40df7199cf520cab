SELECT * FROM dim_region ORDER BY region_code
