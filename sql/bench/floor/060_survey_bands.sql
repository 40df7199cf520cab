-- Every respondent's band of every demographic, a missing band kept (it is 無回答).
-- Variables: demographic_columns, demographic_names (in the same order).
INSERT INTO floor_band
SELECT respondent_row, getvariable('demographic_names')[list_position(getvariable('demographic_columns'), column_name)], band
FROM floor_response
UNPIVOT INCLUDE NULLS (band FOR column_name IN (COLUMNS(lambda c: list_contains(getvariable('demographic_columns'), c))));
