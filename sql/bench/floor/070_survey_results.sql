-- The coded answers counted by question and answer, overall (全体) and in every band of every demographic
-- (<name>=<band>, 無回答 for none), into fct_survey_result; small cells only flagged. Variables: survey_id, load_id.
INSERT INTO fct_survey_result
WITH coded AS (SELECT * FROM floor_answer WHERE regexp_full_match(answer, '[0-9]+')),
counted AS (
    SELECT question_id, answer, '全体' AS segment, count(*) AS n_selected FROM coded GROUP BY ALL
    UNION ALL
    SELECT a.question_id, a.answer, b.demographic || '=' || coalesce(b.band, '無回答'), count(*)
    FROM coded a JOIN floor_band b USING (respondent_row) GROUP BY ALL)
SELECT getvariable('survey_id'), question_id, 0, question_id, answer, answer, 0, segment, NULL, NULL, 0, n_scope, n_selected,
       CAST(round(100.0 * n_selected / n_scope, 1) AS DECIMAL(4,1)), n_selected < 10, n_scope < 10,
       CASE WHEN n_selected < 10 THEN 'small cell' END, 10, getvariable('load_id')
FROM (SELECT *, sum(n_selected) OVER (PARTITION BY question_id, segment) AS n_scope FROM counted);
