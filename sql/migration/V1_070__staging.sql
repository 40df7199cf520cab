-- Staging: the Appender writes here chunk by chunk; one set-based merge moves rows into the facts.
-- The Appender fills a row by position: a staging table has its fact's columns, by name, type and order
-- (StagingTablesTest holds every pair to that), so a column added to a fact is added here in the same
-- migration. No keys and no NOT NULL, so that a duplicated or incomplete input row can be found and rejected
-- in SQL instead of failing the append. The column comments are the facts' (the 'column docs from' lines).

-- column docs from: fct_indicator_value
CREATE TABLE IF NOT EXISTS stg_indicator_value (
    indicator_id         VARCHAR,
    region_code          VARCHAR,
    period_key           VARCHAR,
    period_label         VARCHAR,
    published_text       VARCHAR,
    published_value      DOUBLE,
    unit                 VARCHAR,
    value_kind           VARCHAR,
    base                 VARCHAR,
    multiplier           INTEGER,
    numerator            DOUBLE,
    numerator_estimated  BOOLEAN,
    denominator          BIGINT,
    denominator_as_of    DATE,
    rate_per_100k        DOUBLE,
    total_population     BIGINT,
    rate_per_100k_total  DOUBLE,
    value_status         VARCHAR,
    source_file_id       VARCHAR,
    source_row           INTEGER,
    source_column        VARCHAR,
    load_id              VARCHAR,
    is_projection        BOOLEAN,
    display_mode         VARCHAR
);
-- warehouses made before projections and display modes were told apart
ALTER TABLE stg_indicator_value ADD COLUMN IF NOT EXISTS is_projection BOOLEAN;
ALTER TABLE stg_indicator_value ADD COLUMN IF NOT EXISTS display_mode VARCHAR;
COMMENT ON TABLE stg_indicator_value IS 'Staging for fct_indicator_value: rows of the running load, before the merge.';

-- column docs from: fct_population
CREATE TABLE IF NOT EXISTS stg_population (
    region_code     VARCHAR,
    base            VARCHAR,
    as_of_date      DATE,
    population      BIGINT,
    statistic       VARCHAR,
    source_file_id  VARCHAR,
    source_row      INTEGER,
    load_id         VARCHAR
);
COMMENT ON TABLE stg_population IS 'Staging for fct_population: rows of the running load, before the merge.';

-- column docs from: fct_activity
CREATE TABLE IF NOT EXISTS stg_activity (
    working_group     VARCHAR,
    item              VARCHAR,
    period_key        VARCHAR,
    period_label      VARCHAR,
    initiative_codes  VARCHAR,
    region_code       VARCHAR,
    activity_value    DOUBLE,
    unit              VARCHAR,
    note              VARCHAR,
    source_file_id    VARCHAR,
    source_row        INTEGER,
    load_id           VARCHAR,
    scene_codes       VARCHAR
);
ALTER TABLE stg_activity ADD COLUMN IF NOT EXISTS scene_codes VARCHAR;
COMMENT ON TABLE stg_activity IS 'Staging for fct_activity: rows of the running load, before the merge.';

-- column docs from: fct_survey_free_text
CREATE TABLE IF NOT EXISTS stg_survey_free_text (
    survey_id       VARCHAR,
    question_id     VARCHAR,
    respondent_key  VARCHAR,
    answer_text     VARCHAR,
    load_id         VARCHAR
);
COMMENT ON TABLE stg_survey_free_text IS 'Staging for fct_survey_free_text: rows of the running load, before the merge. Never exported.';

-- column docs from: fct_survey_result
CREATE TABLE IF NOT EXISTS stg_survey_result (
    survey_id           VARCHAR,
    question_id         VARCHAR,
    question_order      INTEGER,
    question_text       VARCHAR,
    option_code         VARCHAR,
    option_label        VARCHAR,
    option_order        INTEGER,
    segment             VARCHAR,
    demographic_id      VARCHAR,
    band                VARCHAR,
    segment_order       INTEGER,
    n_scope             INTEGER,
    n_selected          INTEGER,
    pct                 DECIMAL(4,1),
    suppressed          BOOLEAN,
    n_scope_suppressed  BOOLEAN,
    suppression         VARCHAR,
    min_cell_size       INTEGER,
    load_id             VARCHAR
);
COMMENT ON TABLE stg_survey_result IS 'Staging for fct_survey_result: rows of the running load, before the merge.';

-- column docs from: fct_survey_numeric
CREATE TABLE IF NOT EXISTS stg_survey_numeric (
    survey_id       VARCHAR,
    question_id     VARCHAR,
    question_order  INTEGER,
    question_text   VARCHAR,
    segment         VARCHAR,
    demographic_id  VARCHAR,
    band            VARCHAR,
    segment_order   INTEGER,
    n               INTEGER,
    n_suppressed    BOOLEAN,
    mean            DOUBLE,
    median          DOUBLE,
    q1              DOUBLE,
    q3              DOUBLE,
    bin_label       VARCHAR,
    bin_order       INTEGER,
    bin_min         DOUBLE,
    bin_max         DOUBLE,
    n_in_bin        INTEGER,
    pct             DECIMAL(4,1),
    suppressed      BOOLEAN,
    suppression     VARCHAR,
    min_cell_size   INTEGER,
    load_id         VARCHAR
);
COMMENT ON TABLE stg_survey_numeric IS 'Staging for fct_survey_numeric: rows of the running load, before the merge.';
