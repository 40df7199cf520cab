-- check: no fact lost more rows than renkei.check-max-row-drop against the last published snapshot
-- params: indicator_values_before, population_before, activities_before, max_row_drop
-- message: {fact} dropped from {before} rows (last published) to {now}, more than renkei.check-max-row-drop = {max_row_drop}
-- One failing row per fact, with its count then (before) and now; a fact never published before has no count.
WITH counts(fact, before, now) AS (
    SELECT 'fct_indicator_value', ?::BIGINT, (SELECT count(*) FROM fct_indicator_value)
    UNION ALL
    SELECT 'fct_population', ?::BIGINT, (SELECT count(*) FROM fct_population)
    UNION ALL
    SELECT 'fct_activity', ?::BIGINT, (SELECT count(*) FROM fct_activity)
)
SELECT fact, before, now
FROM counts
WHERE before > 0 AND now < before * (1 - ?::DOUBLE)
ORDER BY fact;
