-- The survey's answers unpivoted into fct_survey_answer: every coded answer counted as a choice, 99 as no answer.
-- Variables: responses_csv (header c0, c1, …; c0 the respondent's id), demographic_columns (the c<n> of 性別, 年代,
-- 地区…), survey_id, period_key, region_code, load_id.
CREATE TEMP TABLE floor_response AS
SELECT row_number() OVER () AS respondent_row, *
FROM read_csv(getvariable('responses_csv'), header = true, all_varchar = true);

CREATE TEMP TABLE floor_answer AS
SELECT respondent_row, md5(c0) AS respondent_key, question_id, answer
FROM floor_response
UNPIVOT (answer FOR question_id IN (COLUMNS(lambda c: c NOT IN ('respondent_row', 'c0')
                                                   AND NOT list_contains(getvariable('demographic_columns'), c))))
WHERE answer <> '99';

INSERT INTO fct_survey_answer
SELECT getvariable('survey_id'), question_id, respondent_key, answer, TRY_CAST(answer AS DOUBLE), 'answered', 1,
       getvariable('period_key'), getvariable('region_code'), getvariable('load_id'), NULL
FROM floor_answer;

-- every respondent's band of every demographic (none when the survey has no demographic: see FloorLoad)
CREATE TEMP TABLE floor_band (respondent_row BIGINT, demographic VARCHAR, band VARCHAR);
