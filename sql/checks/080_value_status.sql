-- check: every value has its denominator or a status that says why not
SELECT indicator_id, region_code, period_key, value_status
FROM fct_indicator_value
WHERE value_status NOT IN ('ok', 'missing', 'no_denominator', 'denominator_other_year', 'no_base',
                          'not_normalised', 'not_normalised_percent', 'not_normalised_money', 'not_normalised_index')
   OR (value_status LIKE 'not_normalised%' AND rate_per_100k IS NOT NULL)
   OR (value_status IN ('ok', 'denominator_other_year') AND denominator IS NULL)
   OR (value_status = 'missing') <> (published_value IS NULL);
