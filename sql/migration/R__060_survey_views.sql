-- The survey views: re-created whenever this file changes (a repeatable migration).

CREATE OR REPLACE VIEW v_survey_results AS
SELECT survey_id, question_id, question_text, option_code, option_label, segment,
       n_scope, n_selected, pct, suppressed
FROM fct_survey_result
ORDER BY survey_id, question_order, segment_order, option_order;
COMMENT ON VIEW v_survey_results IS 'The publishable survey tables: share of each option per question and segment (全体 or a demographic band), with n; suppressed cells have NULL counts and pct. Also published as Parquet table survey_results.';

CREATE OR REPLACE VIEW v_survey_numeric AS
SELECT survey_id, question_id, question_text, segment, n, mean, median, q1, q3,
       bin_label, bin_min, bin_max, n_in_bin, pct, suppressed
FROM fct_survey_numeric
ORDER BY survey_id, question_order, segment_order, bin_order;
COMMENT ON VIEW v_survey_numeric IS 'The publishable tables of numeric questions: per question, segment and bin, the segment''s n, mean, median and quartiles, and the answers in the bin with their share; suppressed cells have NULL counts, shares and statistics. Also published as Parquet table survey_numeric.';

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

-- Column comments of the survey views (analysts read them with duckdb_columns()).
COMMENT ON COLUMN v_survey_answers.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN v_survey_answers.survey_name IS 'Title of the survey as published.';
COMMENT ON COLUMN v_survey_answers.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN v_survey_answers.question_number IS 'Number as printed on the questionnaire (問10(2)).';
COMMENT ON COLUMN v_survey_answers.question_text IS 'The question as printed.';
COMMENT ON COLUMN v_survey_answers.question_type IS 'SA (one answer), MA (several; limited when max_choices is set), numeric or free_text.';
COMMENT ON COLUMN v_survey_answers.respondent_key IS 'dim_survey_respondent.respondent_key.';
COMMENT ON COLUMN v_survey_answers.sex IS 'Band of the demographic with role sex (性別), 無回答 when not answered; NULL when the survey has none.';
COMMENT ON COLUMN v_survey_answers.age_band IS 'Band of the demographic with role age (年代, or 年齢 banded), 無回答 when not answered; NULL when the survey has none.';
COMMENT ON COLUMN v_survey_answers.district IS 'Band of the demographic with role district (地区), 無回答 when not answered; NULL when the survey has none. 地区 are kept as names, not as region codes.';
COMMENT ON COLUMN v_survey_answers.option_code IS 'dim_survey_option.option_code of the chosen option; NULL for numeric and free-text questions and for an answer with no pick.';
COMMENT ON COLUMN v_survey_answers.option_label IS 'The option as printed on the questionnaire.';
COMMENT ON COLUMN v_survey_answers.numeric_value IS 'The value of a numeric question; NULL otherwise.';
COMMENT ON COLUMN v_survey_answers.answer_status IS 'answered; no_answer (無回答); over_selected (more picks than allowed: kept, excluded from option shares); invalid (a cell renkei could not read: reported in load_reject, excluded from shares).';
COMMENT ON COLUMN v_survey_answers.pick_count IS 'How many options the respondent picked for the question (0 for numeric, free text and 無回答).';
COMMENT ON COLUMN v_survey_answers.period_key IS 'dim_period.period_key of the fielded period.';
COMMENT ON COLUMN v_survey_answers.region_code IS 'dim_region.region_code of the municipality that ran the survey.';
COMMENT ON COLUMN v_survey_answers.load_id IS 'dim_load.load_id of the load that wrote the row.';
COMMENT ON COLUMN v_survey_answers.date_value IS 'The day of a date question; NULL otherwise.';
COMMENT ON COLUMN v_survey_results.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN v_survey_results.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN v_survey_results.question_text IS 'The question as printed.';
COMMENT ON COLUMN v_survey_results.option_code IS 'dim_survey_option.option_code; 無回答 for respondents who did not answer, 無効 for over-selected or unreadable answers (that row only when the question has any).';
COMMENT ON COLUMN v_survey_results.option_label IS 'The option as printed; 無回答 or 無効 for those rows.';
COMMENT ON COLUMN v_survey_results.segment IS '全体, or a demographic band as name=band (性別=女, 年代=70代, 地区=持田, 性別=無回答).';
COMMENT ON COLUMN v_survey_results.n_scope IS 'Respondents in scope in the segment: all respondents, or only valid answers when the question excludes 無回答. NULL when suppressed.';
COMMENT ON COLUMN v_survey_results.n_selected IS 'Respondents in the segment who chose the option (or did not answer, or answered invalidly). NULL when suppressed.';
COMMENT ON COLUMN v_survey_results.pct IS '100 × n_selected ÷ n_scope, one decimal, rounded half up; MA shares may sum over 100. NULL when n_selected or n_scope is suppressed, when n_scope is 0, and on 無回答/無効 rows of a question that excludes them.';
COMMENT ON COLUMN v_survey_results.suppressed IS 'True when n_selected (and so pct) is hidden.';
COMMENT ON COLUMN v_survey_numeric.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN v_survey_numeric.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN v_survey_numeric.question_text IS 'The question as printed.';
COMMENT ON COLUMN v_survey_numeric.segment IS '全体, or a demographic band as name=band (性別=女, 年代=70代).';
COMMENT ON COLUMN v_survey_numeric.n IS 'Valid answers in the segment. NULL when suppressed.';
COMMENT ON COLUMN v_survey_numeric.mean IS 'Mean of the valid answers, two decimals; NULL when n is hidden or 0.';
COMMENT ON COLUMN v_survey_numeric.median IS 'Median (linear interpolation, as Excel QUARTILE.INC); NULL when n is hidden or 0.';
COMMENT ON COLUMN v_survey_numeric.q1 IS 'First quartile; NULL when n is hidden or 0.';
COMMENT ON COLUMN v_survey_numeric.q3 IS 'Third quartile; NULL when n is hidden or 0.';
COMMENT ON COLUMN v_survey_numeric.bin_label IS 'The bin as the codebook names it; その他の値 for answers in no bin; NULL for a question without bins.';
COMMENT ON COLUMN v_survey_numeric.bin_min IS 'Lowest value in the bin (inclusive).';
COMMENT ON COLUMN v_survey_numeric.bin_max IS 'Highest value in the bin (inclusive); NULL for no upper limit.';
COMMENT ON COLUMN v_survey_numeric.n_in_bin IS 'Valid answers in the bin. NULL when suppressed.';
COMMENT ON COLUMN v_survey_numeric.pct IS '100 × n_in_bin ÷ n, one decimal, rounded half up. NULL when either is suppressed or n is 0.';
COMMENT ON COLUMN v_survey_numeric.suppressed IS 'True when n_in_bin (and so pct) is hidden.';
