-- Suppressed like survey_results.
SELECT * FROM v_survey_numeric
