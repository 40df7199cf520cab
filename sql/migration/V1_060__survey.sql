-- Citizen surveys (市民意識調査): codebook dimensions, pseudonymous respondents, answers, published cells.
-- A survey is loaded whole: its rows are replaced by survey_id. Respondent ids are stored only as a keyed
-- hash; free text lives in fct_survey_free_text, which stays in the DuckDB file and is never exported to
-- Parquet. 地区 is a band on the respondent, not a region: it has no 全国地方公共団体コード.

CREATE TABLE IF NOT EXISTS dim_survey (
    survey_id            VARCHAR PRIMARY KEY,
    survey_name          VARCHAR NOT NULL,
    fielded_label        VARCHAR NOT NULL,
    period_key           VARCHAR NOT NULL,
    target_population    VARCHAR,
    sample_size          INTEGER,
    respondent_count     INTEGER NOT NULL,
    method               VARCHAR,
    region_code          VARCHAR NOT NULL,
    codebook_file        VARCHAR NOT NULL,
    responses_file       VARCHAR NOT NULL,
    no_answer_in_scope   BOOLEAN NOT NULL,
    load_id              VARCHAR NOT NULL
);
COMMENT ON TABLE dim_survey IS 'One row per survey, from its codebook: title, when and how it was fielded, and how many answered.';
COMMENT ON COLUMN dim_survey.survey_id IS 'Id the codebook gives the survey (e.g. gyoda-2019-07).';
COMMENT ON COLUMN dim_survey.survey_name IS 'Title of the survey as published.';
COMMENT ON COLUMN dim_survey.fielded_label IS 'When the survey was fielded, as the codebook says (令和元年7月).';
COMMENT ON COLUMN dim_survey.period_key IS 'dim_period.period_key of the fielded period (M2019-07).';
COMMENT ON COLUMN dim_survey.target_population IS '調査対象 (e.g. 市内在住の満18歳以上の男女).';
COMMENT ON COLUMN dim_survey.sample_size IS '配布数: questionnaires sent out; NULL when the codebook does not say.';
COMMENT ON COLUMN dim_survey.respondent_count IS '有効回収数: respondents loaded (rows of the response file less skipped rows).';
COMMENT ON COLUMN dim_survey.method IS '調査方法 (e.g. 郵送配布・郵送回収).';
COMMENT ON COLUMN dim_survey.region_code IS 'dim_region.region_code of the municipality that ran the survey.';
COMMENT ON COLUMN dim_survey.codebook_file IS 'The codebook, relative to the input folder.';
COMMENT ON COLUMN dim_survey.responses_file IS 'The response file, relative to the input folder.';
COMMENT ON COLUMN dim_survey.no_answer_in_scope IS 'Survey default: whether 無回答 and invalid answers count in the denominator of shares.';
COMMENT ON COLUMN dim_survey.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS dim_survey_question (
    survey_id           VARCHAR NOT NULL,
    question_id         VARCHAR NOT NULL,
    question_order      INTEGER NOT NULL,
    question_number     VARCHAR NOT NULL,
    question_text       VARCHAR NOT NULL,
    question_type       VARCHAR NOT NULL,
    max_choices         INTEGER,
    layout              VARCHAR NOT NULL,
    no_answer_in_scope  BOOLEAN NOT NULL,
    load_id             VARCHAR NOT NULL,
    PRIMARY KEY (survey_id, question_id)
);
COMMENT ON TABLE dim_survey_question IS 'The questions of each survey, from its codebook.';
COMMENT ON COLUMN dim_survey_question.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN dim_survey_question.question_id IS 'Id the codebook gives the question (e.g. Q10_2).';
COMMENT ON COLUMN dim_survey_question.question_order IS 'Position of the question in the codebook, from 1.';
COMMENT ON COLUMN dim_survey_question.question_number IS 'Number as printed on the questionnaire (問10(2)).';
COMMENT ON COLUMN dim_survey_question.question_text IS 'The question as printed.';
COMMENT ON COLUMN dim_survey_question.question_type IS 'SA (one answer), MA (several; limited when max_choices is set), numeric or free_text.';
COMMENT ON COLUMN dim_survey_question.max_choices IS 'For MA limited to n (「3つまで」): n. An answer with more picks is over_selected.';
COMMENT ON COLUMN dim_survey_question.layout IS 'How the response file held the answer: single, flags, slots, codes_in_cell or labels_in_cell.';
COMMENT ON COLUMN dim_survey_question.no_answer_in_scope IS 'Whether 無回答 and invalid answers count in the denominator of this question''s shares.';
COMMENT ON COLUMN dim_survey_question.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS dim_survey_option (
    survey_id     VARCHAR NOT NULL,
    question_id   VARCHAR NOT NULL,
    option_code   VARCHAR NOT NULL,
    option_label  VARCHAR NOT NULL,
    option_order  INTEGER NOT NULL,
    load_id       VARCHAR NOT NULL,
    PRIMARY KEY (survey_id, question_id, option_code)
);
COMMENT ON TABLE dim_survey_option IS 'The answer options of SA and MA questions, from the codebook.';
COMMENT ON COLUMN dim_survey_option.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN dim_survey_option.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN dim_survey_option.option_code IS 'Code of the option in the response file, as text (1, 2, …).';
COMMENT ON COLUMN dim_survey_option.option_label IS 'The option as printed on the questionnaire.';
COMMENT ON COLUMN dim_survey_option.option_order IS 'Position of the option in the question, from 1.';
COMMENT ON COLUMN dim_survey_option.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS dim_survey_respondent (
    survey_id       VARCHAR NOT NULL,
    respondent_key  VARCHAR NOT NULL,
    sex             VARCHAR,
    age_band        VARCHAR,
    district        VARCHAR,
    region_code     VARCHAR NOT NULL,
    load_id         VARCHAR NOT NULL
);
-- No PRIMARY KEY on the tables that grow with the respondents (this one, dim_survey_respondent_band,
-- fct_survey_free_text): DuckDB holds a key index wholly in memory and builds it again when the warehouse is
-- copied for publishing, which ran a 400,000-respondent survey out of memory. The survey is replaced whole, and a
-- data check proves the keys unique before every publish (DataChecks).
COMMENT ON TABLE dim_survey_respondent IS 'Respondents, one row per survey and respondent_key, pseudonymous: no raw id, only demographic bands. Results built from few respondents are suppressed in fct_survey_result; this table itself is for analysts inside the city.';
COMMENT ON COLUMN dim_survey_respondent.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN dim_survey_respondent.respondent_key IS 'HMAC-SHA256 (hex) of the survey id and the respondent id under a key from configuration; the raw id is not stored.';
COMMENT ON COLUMN dim_survey_respondent.sex IS 'Band of the demographic with role sex (性別), 無回答 when not answered; NULL when the survey has none.';
COMMENT ON COLUMN dim_survey_respondent.age_band IS 'Band of the demographic with role age (年代, or 年齢 banded), 無回答 when not answered; NULL when the survey has none.';
COMMENT ON COLUMN dim_survey_respondent.district IS 'Band of the demographic with role district (地区), 無回答 when not answered; NULL when the survey has none. 地区 are kept as names, not as region codes.';
COMMENT ON COLUMN dim_survey_respondent.region_code IS 'dim_region.region_code of the respondent''s 地区 (level district, code <city>-<option code>, under the city), or of the city when the 地区 is not known.';
COMMENT ON COLUMN dim_survey_respondent.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS dim_survey_respondent_band (
    survey_id         VARCHAR NOT NULL,
    respondent_key    VARCHAR NOT NULL,
    demographic_id    VARCHAR NOT NULL,
    demographic_name  VARCHAR NOT NULL,
    band              VARCHAR NOT NULL,
    band_order        INTEGER NOT NULL,
    load_id           VARCHAR NOT NULL
);
COMMENT ON TABLE dim_survey_respondent_band IS 'Every demographic band of every respondent (one row per survey, respondent_key and demographic_id), for demographics beyond sex, age and district.';
COMMENT ON COLUMN dim_survey_respondent_band.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN dim_survey_respondent_band.respondent_key IS 'dim_survey_respondent.respondent_key.';
COMMENT ON COLUMN dim_survey_respondent_band.demographic_id IS 'Id the codebook gives the demographic (sex, age, district).';
COMMENT ON COLUMN dim_survey_respondent_band.demographic_name IS 'Name of the demographic as segments show it (性別).';
COMMENT ON COLUMN dim_survey_respondent_band.band IS 'The respondent''s band (女, 70代, 持田); 無回答 when blank or unreadable.';
COMMENT ON COLUMN dim_survey_respondent_band.band_order IS 'Position of the band in the codebook, from 1; 無回答 last.';
COMMENT ON COLUMN dim_survey_respondent_band.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS fct_survey_answer (
    survey_id       VARCHAR NOT NULL,
    question_id     VARCHAR NOT NULL,
    respondent_key  VARCHAR NOT NULL,
    option_code     VARCHAR,
    numeric_value   DOUBLE,
    answer_status   VARCHAR NOT NULL,
    pick_count      INTEGER NOT NULL,
    period_key      VARCHAR NOT NULL,
    region_code     VARCHAR NOT NULL,
    load_id         VARCHAR NOT NULL,
    date_value      DATE
);
-- date_value came later: last, so that warehouses made before it get the same column order
ALTER TABLE fct_survey_answer ADD COLUMN IF NOT EXISTS date_value DATE;
COMMENT ON TABLE fct_survey_answer IS 'One row per respondent, question and chosen option (SA, MA), or per respondent and question (numeric, free text, 無回答, an invalid answer without a recognised pick). Free text itself is in fct_survey_free_text.';
COMMENT ON COLUMN fct_survey_answer.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN fct_survey_answer.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN fct_survey_answer.respondent_key IS 'dim_survey_respondent.respondent_key.';
COMMENT ON COLUMN fct_survey_answer.option_code IS 'dim_survey_option.option_code of the chosen option; NULL for numeric and free-text questions and for an answer with no pick.';
COMMENT ON COLUMN fct_survey_answer.numeric_value IS 'The value of a numeric question; NULL otherwise.';
COMMENT ON COLUMN fct_survey_answer.answer_status IS 'answered; no_answer (無回答); over_selected (more picks than allowed: kept, excluded from option shares); invalid (a cell renkei could not read: reported in load_reject, excluded from shares).';
COMMENT ON COLUMN fct_survey_answer.pick_count IS 'How many options the respondent picked for the question (0 for numeric, free text and 無回答).';
COMMENT ON COLUMN fct_survey_answer.period_key IS 'dim_period.period_key of the fielded period.';
COMMENT ON COLUMN fct_survey_answer.region_code IS 'dim_region.region_code of the municipality that ran the survey.';
COMMENT ON COLUMN fct_survey_answer.load_id IS 'dim_load.load_id of the load that wrote the row.';
COMMENT ON COLUMN fct_survey_answer.date_value IS 'The day of a date question (written out or an Excel serial number in the file); NULL otherwise.';

CREATE TABLE IF NOT EXISTS fct_survey_free_text (
    survey_id       VARCHAR NOT NULL,
    question_id     VARCHAR NOT NULL,
    respondent_key  VARCHAR NOT NULL,
    answer_text     VARCHAR NOT NULL,
    load_id         VARCHAR NOT NULL
);
COMMENT ON TABLE fct_survey_free_text IS 'Free-text answers (自由記述), one row per survey, question and respondent_key. They can name people and places: kept in the DuckDB file only, never exported to the Parquet snapshot.';
COMMENT ON COLUMN fct_survey_free_text.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN fct_survey_free_text.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN fct_survey_free_text.respondent_key IS 'dim_survey_respondent.respondent_key.';
COMMENT ON COLUMN fct_survey_free_text.answer_text IS 'The text as written, line breaks kept, trimmed.';
COMMENT ON COLUMN fct_survey_free_text.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS fct_survey_result (
    survey_id           VARCHAR NOT NULL,
    question_id         VARCHAR NOT NULL,
    question_order      INTEGER NOT NULL,
    question_text       VARCHAR NOT NULL,
    option_code         VARCHAR NOT NULL,
    option_label        VARCHAR NOT NULL,
    option_order        INTEGER NOT NULL,
    segment             VARCHAR NOT NULL,
    demographic_id      VARCHAR,
    band                VARCHAR,
    segment_order       INTEGER NOT NULL,
    n_scope             INTEGER,
    n_selected          INTEGER,
    pct                 DECIMAL(4,1),
    suppressed          BOOLEAN NOT NULL,
    n_scope_suppressed  BOOLEAN NOT NULL,
    suppression         VARCHAR,
    min_cell_size       INTEGER NOT NULL,
    load_id             VARCHAR NOT NULL,
    PRIMARY KEY (survey_id, question_id, segment, option_code)
);
COMMENT ON TABLE fct_survey_result IS 'The published survey tables: per SA/MA question, segment (全体 and every demographic band) and option, respondents choosing it over respondents in scope, with cells of fewer than min_cell_size respondents suppressed, plus complementary cells so that none can be derived from a total.';
COMMENT ON COLUMN fct_survey_result.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN fct_survey_result.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN fct_survey_result.question_order IS 'dim_survey_question.question_order.';
COMMENT ON COLUMN fct_survey_result.question_text IS 'The question as printed.';
COMMENT ON COLUMN fct_survey_result.option_code IS 'dim_survey_option.option_code; 無回答 for respondents who did not answer, 無効 for over-selected or unreadable answers (that row only when the question has any).';
COMMENT ON COLUMN fct_survey_result.option_label IS 'The option as printed; 無回答 or 無効 for those rows.';
COMMENT ON COLUMN fct_survey_result.option_order IS 'Position in the published table: options from 1, then 無回答, then 無効.';
COMMENT ON COLUMN fct_survey_result.segment IS '全体, or a demographic band as name=band (性別=女, 年代=70代, 地区=持田, 性別=無回答).';
COMMENT ON COLUMN fct_survey_result.demographic_id IS 'Codebook id of the segment''s demographic; NULL for 全体.';
COMMENT ON COLUMN fct_survey_result.band IS 'The segment''s band; NULL for 全体.';
COMMENT ON COLUMN fct_survey_result.segment_order IS 'Position of the segment: 全体 0, then demographics and bands in codebook order, 無回答 last in each.';
COMMENT ON COLUMN fct_survey_result.n_scope IS 'Respondents in scope in the segment: all respondents, or only valid answers when the question excludes 無回答. NULL when suppressed.';
COMMENT ON COLUMN fct_survey_result.n_selected IS 'Respondents in the segment who chose the option (or did not answer, or answered invalidly). NULL when suppressed.';
COMMENT ON COLUMN fct_survey_result.pct IS '100 × n_selected ÷ n_scope, one decimal, rounded half up; MA shares may sum over 100. NULL when n_selected or n_scope is suppressed, when n_scope is 0, and on 無回答/無効 rows of a question that excludes them.';
COMMENT ON COLUMN fct_survey_result.suppressed IS 'True when n_selected (and so pct) is hidden.';
COMMENT ON COLUMN fct_survey_result.n_scope_suppressed IS 'True when n_scope is hidden (a segment of fewer than min_cell_size respondents, or its complement).';
COMMENT ON COLUMN fct_survey_result.suppression IS 'Why n_selected is hidden: primary (counted from 1 to min_cell_size - 1 respondents, or in a segment that small) or complement (hidden so that a primary cell cannot be derived from a total); NULL when shown.';
COMMENT ON COLUMN fct_survey_result.min_cell_size IS 'k: the smallest count published, from configuration (default 5).';
COMMENT ON COLUMN fct_survey_result.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS fct_survey_numeric (
    survey_id           VARCHAR NOT NULL,
    question_id         VARCHAR NOT NULL,
    question_order      INTEGER NOT NULL,
    question_text       VARCHAR NOT NULL,
    segment             VARCHAR NOT NULL,
    demographic_id      VARCHAR,
    band                VARCHAR,
    segment_order       INTEGER NOT NULL,
    n                   INTEGER,
    n_suppressed        BOOLEAN NOT NULL,
    mean                DOUBLE,
    median              DOUBLE,
    q1                  DOUBLE,
    q3                  DOUBLE,
    bin_label           VARCHAR,
    bin_order           INTEGER NOT NULL,
    bin_min             DOUBLE,
    bin_max             DOUBLE,
    n_in_bin            INTEGER,
    pct                 DECIMAL(4,1),
    suppressed          BOOLEAN NOT NULL,
    suppression         VARCHAR,
    min_cell_size       INTEGER NOT NULL,
    load_id             VARCHAR NOT NULL,
    PRIMARY KEY (survey_id, question_id, segment, bin_order)
);
COMMENT ON TABLE fct_survey_numeric IS 'The published tables of numeric questions: per question, segment (全体 and every demographic band) and bin of the codebook, the segment''s n, mean, median and quartiles, and the answers in the bin with their share; suppressed like fct_survey_result. A question without bins has one row per segment, bin_order 0.';
COMMENT ON COLUMN fct_survey_numeric.survey_id IS 'dim_survey.survey_id.';
COMMENT ON COLUMN fct_survey_numeric.question_id IS 'dim_survey_question.question_id.';
COMMENT ON COLUMN fct_survey_numeric.question_order IS 'dim_survey_question.question_order.';
COMMENT ON COLUMN fct_survey_numeric.question_text IS 'The question as printed.';
COMMENT ON COLUMN fct_survey_numeric.segment IS '全体, or a demographic band as name=band (性別=女, 年代=70代).';
COMMENT ON COLUMN fct_survey_numeric.demographic_id IS 'Codebook id of the segment''s demographic; NULL for 全体.';
COMMENT ON COLUMN fct_survey_numeric.band IS 'The segment''s band; NULL for 全体.';
COMMENT ON COLUMN fct_survey_numeric.segment_order IS 'Position of the segment: 全体 0, then demographics and bands in codebook order, 無回答 last in each.';
COMMENT ON COLUMN fct_survey_numeric.n IS 'Valid answers in the segment (無回答 and invalid answers excluded). NULL when suppressed.';
COMMENT ON COLUMN fct_survey_numeric.n_suppressed IS 'True when n, and with it mean, median and quartiles, is hidden.';
COMMENT ON COLUMN fct_survey_numeric.mean IS 'Mean of the valid answers, two decimals rounded half up; NULL when n is hidden or 0.';
COMMENT ON COLUMN fct_survey_numeric.median IS 'Median of the valid answers (linear interpolation between the two closest values, as Excel QUARTILE.INC and DuckDB quantile_cont); NULL when n is hidden or 0.';
COMMENT ON COLUMN fct_survey_numeric.q1 IS 'First quartile, computed like the median; NULL when n is hidden or 0.';
COMMENT ON COLUMN fct_survey_numeric.q3 IS 'Third quartile, computed like the median; NULL when n is hidden or 0.';
COMMENT ON COLUMN fct_survey_numeric.bin_label IS 'The bin as the codebook names it; その他の値 for answers in no bin (that row only when there are any); NULL for a question without bins.';
COMMENT ON COLUMN fct_survey_numeric.bin_order IS 'Position of the bin from 1, その他の値 last; 0 for a question without bins.';
COMMENT ON COLUMN fct_survey_numeric.bin_min IS 'Lowest value in the bin (inclusive); NULL for その他の値 and without bins.';
COMMENT ON COLUMN fct_survey_numeric.bin_max IS 'Highest value in the bin (inclusive); NULL for no upper limit, その他の値 and without bins.';
COMMENT ON COLUMN fct_survey_numeric.n_in_bin IS 'Valid answers in the bin. NULL when suppressed and without bins.';
COMMENT ON COLUMN fct_survey_numeric.pct IS '100 × n_in_bin ÷ n, one decimal, rounded half up. NULL when either is suppressed or n is 0.';
COMMENT ON COLUMN fct_survey_numeric.suppressed IS 'True when n_in_bin (and so pct) is hidden.';
COMMENT ON COLUMN fct_survey_numeric.suppression IS 'Why n_in_bin is hidden: primary (1 to min_cell_size - 1 answers, or a segment that small) or complement (hidden so that no hidden count can be derived by subtraction); NULL when shown.';
COMMENT ON COLUMN fct_survey_numeric.min_cell_size IS 'k: the smallest count published, from configuration (default 5).';
COMMENT ON COLUMN fct_survey_numeric.load_id IS 'dim_load.load_id of the load that wrote the row.';

-- Answers are staged narrow, in a temporary table of the surveys step (SurveyTables): the wide staging
-- table that earlier warehouses have is no longer used.
DROP TABLE IF EXISTS stg_survey_answer;

CREATE TABLE IF NOT EXISTS stg_survey_free_text AS SELECT * FROM fct_survey_free_text LIMIT 0;
COMMENT ON TABLE stg_survey_free_text IS 'Staging for fct_survey_free_text: rows of the running load, before the merge. Never exported.';

CREATE TABLE IF NOT EXISTS stg_survey_result AS SELECT * FROM fct_survey_result LIMIT 0;
COMMENT ON TABLE stg_survey_result IS 'Staging for fct_survey_result: rows of the running load, before the merge.';

CREATE TABLE IF NOT EXISTS stg_survey_numeric AS SELECT * FROM fct_survey_numeric LIMIT 0;
COMMENT ON TABLE stg_survey_numeric IS 'Staging for fct_survey_numeric: rows of the running load, before the merge.';
