-- check: rates per 100,000 lie between 0 and renkei.check-rate-per100k-max
-- params: rate_per100k_max
SELECT indicator_id, region_code, period_key, rate_per_100k
FROM fct_indicator_value
WHERE rate_per_100k < 0 OR rate_per_100k > ?;
