-- check: primary keys: one row per survey and respondent
SELECT survey_id, respondent_key
FROM (SELECT survey_id, respondent_key, row_number() OVER (PARTITION BY survey_id, respondent_key) AS nth
      FROM dim_survey_respondent)
WHERE nth > 1;
