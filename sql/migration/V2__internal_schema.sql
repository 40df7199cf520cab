-- Internals out of the analysts' way: staging and the input state move from main to their own schema, internal.
-- main keeps what analysts read: dimensions, facts, rejects and the v_ views. DuckDB cannot move a table to
-- another schema, so each is made again there, filled from the old one (a stopped load's staged rows and the
-- input state are kept), and the old one dropped.
--
-- Staging is declared here with its columns (V1 made it AS SELECT from its fact, which could not follow a column
-- added to the fact). The Appender fills a staging row by position: a staging table has its fact's columns by
-- name, type and order (StagingTablesTest holds every pair to that), so a migration that adds a column to a fact
-- adds it to the staging table too. No keys and no NOT NULL, so that a duplicated or incomplete input row can be
-- found and rejected in SQL instead of failing the append. The column comments are the facts' ('column docs
-- from' lines).

CREATE SCHEMA IF NOT EXISTS internal;

CREATE TABLE internal.input_state (
    source_file_id  VARCHAR PRIMARY KEY,
    relative_path   VARCHAR NOT NULL,
    source_kind     VARCHAR NOT NULL
);
INSERT INTO internal.input_state BY NAME SELECT * FROM main.input_state;
DROP TABLE main.input_state;
COMMENT ON TABLE internal.input_state IS 'The input file versions the warehouse reflects now: written in the same transaction as the merge of their rows. A load reads again only the files not listed here (all exports when reference or population data changed), and deletes the rows of file versions that are gone.';
COMMENT ON COLUMN internal.input_state.source_file_id IS 'dim_source_file.source_file_id.';
COMMENT ON COLUMN internal.input_state.relative_path IS 'Path below the input folder.';
COMMENT ON COLUMN internal.input_state.source_kind IS 'reference, population, indicators, activities or surveys (the folder below the input folder).';

-- column docs from: fct_indicator_value
CREATE TABLE internal.stg_indicator_value (
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
INSERT INTO internal.stg_indicator_value BY NAME SELECT * FROM main.stg_indicator_value;
DROP TABLE main.stg_indicator_value;
COMMENT ON TABLE internal.stg_indicator_value IS 'Staging for fct_indicator_value: rows of the running load, before the merge.';

-- column docs from: fct_population
CREATE TABLE internal.stg_population (
    region_code     VARCHAR,
    base            VARCHAR,
    as_of_date      DATE,
    population      BIGINT,
    statistic       VARCHAR,
    source_file_id  VARCHAR,
    source_row      INTEGER,
    load_id         VARCHAR
);
INSERT INTO internal.stg_population BY NAME SELECT * FROM main.stg_population;
DROP TABLE main.stg_population;
COMMENT ON TABLE internal.stg_population IS 'Staging for fct_population: rows of the running load, before the merge.';

-- column docs from: fct_activity
CREATE TABLE internal.stg_activity (
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
INSERT INTO internal.stg_activity BY NAME SELECT * FROM main.stg_activity;
DROP TABLE main.stg_activity;
COMMENT ON TABLE internal.stg_activity IS 'Staging for fct_activity: rows of the running load, before the merge.';

-- column docs from: fct_survey_free_text
CREATE TABLE internal.stg_survey_free_text (
    survey_id       VARCHAR,
    question_id     VARCHAR,
    respondent_key  VARCHAR,
    answer_text     VARCHAR,
    load_id         VARCHAR
);
INSERT INTO internal.stg_survey_free_text BY NAME SELECT * FROM main.stg_survey_free_text;
DROP TABLE main.stg_survey_free_text;
COMMENT ON TABLE internal.stg_survey_free_text IS 'Staging for fct_survey_free_text: rows of the running load, before the merge. Never exported.';

-- column docs from: fct_survey_result
CREATE TABLE internal.stg_survey_result (
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
INSERT INTO internal.stg_survey_result BY NAME SELECT * FROM main.stg_survey_result;
DROP TABLE main.stg_survey_result;
COMMENT ON TABLE internal.stg_survey_result IS 'Staging for fct_survey_result: rows of the running load, before the merge.';

-- column docs from: fct_survey_numeric
CREATE TABLE internal.stg_survey_numeric (
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
INSERT INTO internal.stg_survey_numeric BY NAME SELECT * FROM main.stg_survey_numeric;
DROP TABLE main.stg_survey_numeric;
COMMENT ON TABLE internal.stg_survey_numeric IS 'Staging for fct_survey_numeric: rows of the running load, before the merge.';
