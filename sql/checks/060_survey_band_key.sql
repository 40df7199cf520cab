-- check: primary keys: one band per survey, respondent and demographic
SELECT survey_id, respondent_key, demographic_id
FROM (SELECT survey_id, respondent_key, demographic_id,
             row_number() OVER (PARTITION BY survey_id, respondent_key, demographic_id) AS nth
      FROM dim_survey_respondent_band)
WHERE nth > 1;
