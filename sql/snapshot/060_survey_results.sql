-- The suppressed, publishable survey tables only: no respondents, no free text.
SELECT * FROM v_survey_results
