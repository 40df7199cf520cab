-- The survey views: re-created whenever this file changes (a repeatable migration).

-- column docs from: fct_survey_result
CREATE OR REPLACE VIEW v_survey_results AS
SELECT survey_id, question_id, question_text, option_code, option_label, segment,
       n_scope, n_selected, pct, suppressed
FROM fct_survey_result
ORDER BY survey_id, question_order, segment_order, option_order;
COMMENT ON VIEW v_survey_results IS 'The publishable survey tables: share of each option per question and segment (全体 or a demographic band), with n; suppressed cells have NULL counts and pct. Also published as Parquet table survey_results.';

-- column docs from: fct_survey_numeric
CREATE OR REPLACE VIEW v_survey_numeric AS
SELECT survey_id, question_id, question_text, segment, n, mean, median, q1, q3,
       bin_label, bin_min, bin_max, n_in_bin, pct, suppressed
FROM fct_survey_numeric
ORDER BY survey_id, question_order, segment_order, bin_order;
COMMENT ON VIEW v_survey_numeric IS 'The publishable tables of numeric questions: per question, segment and bin, the segment''s n, mean, median and quartiles, and the answers in the bin with their share; suppressed cells have NULL counts, shares and statistics. Also published as Parquet table survey_numeric.';

-- column docs from: fct_survey_answer, dim_survey, dim_survey_question, dim_survey_respondent, dim_survey_option
CREATE OR REPLACE VIEW v_survey_answers AS
SELECT a.survey_id, s.survey_name, a.question_id, q.question_number, q.question_text, q.question_type,
       a.respondent_key, r.sex, r.age_band, r.district,
       a.option_code, o.option_label, a.numeric_value, a.answer_status, a.pick_count,
       a.period_key, a.region_code, a.load_id, a.date_value
FROM fct_survey_answer a
JOIN dim_survey s ON s.survey_id = a.survey_id
JOIN dim_survey_question q ON q.survey_id = a.survey_id AND q.question_id = a.question_id
JOIN dim_survey_respondent r ON r.survey_id = a.survey_id AND r.respondent_key = a.respondent_key
LEFT JOIN dim_survey_option o ON o.survey_id = a.survey_id AND o.question_id = a.question_id AND o.option_code = a.option_code;
COMMENT ON VIEW v_survey_answers IS 'Answers with their question, option and the respondent''s bands, for analysts'' own cross-tabulations inside the city. Not suppressed: publish only aggregates of at least k respondents.';
