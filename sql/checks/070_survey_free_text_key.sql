-- check: primary keys: one free text per survey, question and respondent
SELECT survey_id, question_id, respondent_key
FROM (SELECT survey_id, question_id, respondent_key,
             row_number() OVER (PARTITION BY survey_id, question_id, respondent_key) AS nth
      FROM fct_survey_free_text)
WHERE nth > 1;
