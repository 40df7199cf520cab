-- Facts: indicator values, population denominators, the programme's own activity records, and rejects.

CREATE TABLE IF NOT EXISTS fct_indicator_value (
    indicator_id         VARCHAR NOT NULL,
    region_code          VARCHAR NOT NULL,
    period_key           VARCHAR NOT NULL,
    period_label         VARCHAR NOT NULL,
    published_text       VARCHAR,
    published_value      DOUBLE,
    unit                 VARCHAR,
    value_kind           VARCHAR NOT NULL,
    base                 VARCHAR,
    multiplier           INTEGER,
    numerator            DOUBLE,
    numerator_estimated  BOOLEAN NOT NULL,
    denominator          BIGINT,
    denominator_as_of    DATE,
    rate_per_100k        DOUBLE,
    total_population     BIGINT,
    rate_per_100k_total  DOUBLE,
    value_status         VARCHAR NOT NULL,
    source_file_id       VARCHAR NOT NULL,
    source_row           INTEGER NOT NULL,
    source_column        VARCHAR NOT NULL,
    load_id              VARCHAR NOT NULL,
    is_projection        BOOLEAN DEFAULT false,
    display_mode         VARCHAR
);
-- warehouses made before projections and display modes were told apart
ALTER TABLE fct_indicator_value ADD COLUMN IF NOT EXISTS is_projection BOOLEAN DEFAULT false;
ALTER TABLE fct_indicator_value ADD COLUMN IF NOT EXISTS display_mode VARCHAR;
-- No PRIMARY KEY: a national load holds 7 M values and DuckDB keeps a key index wholly in memory. The merge
-- (FactMerge) keeps (indicator_id, region_code, period_key, display_mode) unique, and a data check proves it before every publish.
COMMENT ON TABLE fct_indicator_value IS 'One published 見える化 value per indicator, region, period and display mode (unique together), with its normalisation to per 100,000.';
COMMENT ON COLUMN fct_indicator_value.indicator_id IS 'dim_indicator.indicator_id.';
COMMENT ON COLUMN fct_indicator_value.region_code IS 'dim_region.region_code, resolved from the region name in the export.';
COMMENT ON COLUMN fct_indicator_value.period_key IS 'dim_period.period_key.';
COMMENT ON COLUMN fct_indicator_value.period_label IS 'The period header exactly as the export printed it (H29年, 令和2年3月末).';
COMMENT ON COLUMN fct_indicator_value.published_text IS 'The cell exactly as published, including a missing-value token such as - or －.';
COMMENT ON COLUMN fct_indicator_value.published_value IS 'The published number (round-trips exactly: 427.8 stays 427.8); NULL when the export gives no value.';
COMMENT ON COLUMN fct_indicator_value.unit IS 'The unit text as published (回（人口10万対）, （%）, [認定者1万対]).';
COMMENT ON COLUMN fct_indicator_value.value_kind IS 'count (a number of persons or events), rate (per base population; a % whose base the catalogue names included), percent (a % of no known population), money (円, 給付月額), index (地域差指数, a 偏差値 series), or other; only count and rate are normalised per 100,000.';
COMMENT ON COLUMN fct_indicator_value.base IS 'Population the rate is over, or the count is normalised by: 総人口, 65歳以上人口, 認定者数, 第1号被保険者数.';
COMMENT ON COLUMN fct_indicator_value.multiplier IS 'Rate multiplier parsed from the unit (100 for %, 10000 for 1万対, 100000 for 10万対); NULL for counts.';
COMMENT ON COLUMN fct_indicator_value.numerator IS 'The count: as published for counts, estimated from rate × denominator ÷ multiplier for rates.';
COMMENT ON COLUMN fct_indicator_value.numerator_estimated IS 'True when the numerator was derived from a published rate rather than published.';
COMMENT ON COLUMN fct_indicator_value.denominator IS 'Population of the base for this region and period, from fct_population; NULL when not loaded (see value_status).';
COMMENT ON COLUMN fct_indicator_value.denominator_as_of IS 'As-of date of the denominator used.';
COMMENT ON COLUMN fct_indicator_value.rate_per_100k IS 'The value per 100,000 of its own base.';
COMMENT ON COLUMN fct_indicator_value.total_population IS '総人口 of the region for the period, when loaded.';
COMMENT ON COLUMN fct_indicator_value.rate_per_100k_total IS 'numerator per 100,000 total population, where numerator and total population are both known.';
COMMENT ON COLUMN fct_indicator_value.value_status IS 'ok; missing (the export gives no value); no_denominator (a needed denominator is not loaded, nothing invented); denominator_other_year (denominator taken from another year because configuration allows it); no_base (a rate whose base is unknown); not_normalised_percent, not_normalised_money, not_normalised_index, not_normalised (a value that is no count or rate: rate_per_100k stays NULL, and that is no failed check).';
COMMENT ON COLUMN fct_indicator_value.source_file_id IS 'dim_source_file.source_file_id of the export.';
COMMENT ON COLUMN fct_indicator_value.source_row IS 'Row number (1-based, as a spreadsheet shows it) in the export.';
COMMENT ON COLUMN fct_indicator_value.source_column IS 'Column letter (A, B, …) in the export.';
COMMENT ON COLUMN fct_indicator_value.load_id IS 'dim_load.load_id of the load that wrote the row.';
COMMENT ON COLUMN fct_indicator_value.is_projection IS 'True when the period starts in a year after the 出力日''s year (社人研推計 in the A series, to 2050): a projection, never used as a denominator; false when the export has no 出力日.';
COMMENT ON COLUMN fct_indicator_value.display_mode IS 'The display mode the series was downloaded in, from its name''s prefix: 注目する地域のみ or 他地域と比較 (the two give different values); NULL when the series name has no such prefix.';

CREATE TABLE IF NOT EXISTS fct_population (
    region_code     VARCHAR NOT NULL,
    base            VARCHAR NOT NULL,
    as_of_date      DATE NOT NULL,
    population      BIGINT NOT NULL,
    statistic       VARCHAR NOT NULL,
    source_file_id  VARCHAR NOT NULL,
    source_row      INTEGER NOT NULL,
    load_id         VARCHAR NOT NULL,
    PRIMARY KEY (region_code, base, as_of_date)
);

CREATE TABLE IF NOT EXISTS population_conflict (
    region_code           VARCHAR NOT NULL,
    base                  VARCHAR NOT NULL,
    as_of_date            DATE NOT NULL,
    kept_population       BIGINT NOT NULL,
    kept_source_file_id   VARCHAR NOT NULL,
    kept_source_row       INTEGER NOT NULL,
    export_population     BIGINT NOT NULL,
    export_source_file_id VARCHAR NOT NULL,
    export_source_row     INTEGER NOT NULL,
    load_id               VARCHAR NOT NULL
);
COMMENT ON TABLE population_conflict IS 'Population figures an export gave that differ from population/ for the same region, base and as-of date: population/ is kept (the rule), the export''s figure is listed here. Rebuilt by every load that reads population.';
COMMENT ON COLUMN population_conflict.region_code IS 'dim_region.region_code.';
COMMENT ON COLUMN population_conflict.base IS '総人口, 65歳以上人口, 認定者数 or 第1号被保険者数.';
COMMENT ON COLUMN population_conflict.as_of_date IS 'The date both figures refer to.';
COMMENT ON COLUMN population_conflict.kept_population IS 'The figure of population/, kept in fct_population.';
COMMENT ON COLUMN population_conflict.kept_source_file_id IS 'dim_source_file.source_file_id of the population/ file.';
COMMENT ON COLUMN population_conflict.kept_source_row IS 'Its row.';
COMMENT ON COLUMN population_conflict.export_population IS 'The figure the export gave, not used.';
COMMENT ON COLUMN population_conflict.export_source_file_id IS 'dim_source_file.source_file_id of the export.';
COMMENT ON COLUMN population_conflict.export_source_row IS 'Its row.';
COMMENT ON COLUMN population_conflict.load_id IS 'dim_load.load_id of the load that found the difference.';
COMMENT ON TABLE fct_population IS 'Population denominators: one figure per region, base and as-of date.';
COMMENT ON COLUMN fct_population.region_code IS 'dim_region.region_code.';
COMMENT ON COLUMN fct_population.base IS '総人口, 65歳以上人口, 認定者数 or 第1号被保険者数.';
COMMENT ON COLUMN fct_population.as_of_date IS 'Date the figure refers to (census: 1 October; resident register: 1 January).';
COMMENT ON COLUMN fct_population.population IS 'Number of persons.';
COMMENT ON COLUMN fct_population.statistic IS 'Where the figure comes from: 国勢調査, 住民基本台帳, 介護保険事業状況報告, or as the yearly file says; 見える化 <指標ID> for a figure read from an export''s denominator series (第１号被保険者数, 認定者数, 総人口, 65歳以上人口).';
COMMENT ON COLUMN fct_population.source_file_id IS 'dim_source_file.source_file_id (a population/ file, or the export a figure was read from).';
COMMENT ON COLUMN fct_population.source_row IS 'Row number (1-based) in the source file.';
COMMENT ON COLUMN fct_population.load_id IS 'dim_load.load_id of the load that wrote the row.';

CREATE TABLE IF NOT EXISTS fct_activity (
    working_group     VARCHAR NOT NULL,
    item              VARCHAR NOT NULL,
    period_key        VARCHAR NOT NULL,
    period_label      VARCHAR NOT NULL,
    initiative_codes  VARCHAR,
    region_code       VARCHAR NOT NULL,
    activity_value    DOUBLE,
    unit              VARCHAR,
    note              VARCHAR,
    source_file_id    VARCHAR NOT NULL,
    source_row        INTEGER NOT NULL,
    load_id           VARCHAR NOT NULL,
    scene_codes       VARCHAR,
    PRIMARY KEY (working_group, item, period_key)
);
-- scene_codes came after the first warehouses were made: added last, so that old and new files have one column order
ALTER TABLE fct_activity ADD COLUMN IF NOT EXISTS scene_codes VARCHAR;
COMMENT ON TABLE fct_activity IS 'The programme''s own activity records, as staff type them: one figure per 部会, item and as-of label.';
COMMENT ON COLUMN fct_activity.working_group IS '部会 (入退院調整部会, 研修部会, 患者情報共有・ICT部会, 普及啓発部会, 病院有床部会).';
COMMENT ON COLUMN fct_activity.item IS 'What is counted (MCS 利用患者数, わたしの人生ファイル配布数).';
COMMENT ON COLUMN fct_activity.period_key IS 'dim_period.period_key of the as-of label.';
COMMENT ON COLUMN fct_activity.period_label IS 'The as-of label as typed (令和5年5月現在, 令和5年9月末).';
COMMENT ON COLUMN fct_activity.initiative_codes IS '具体的取組 letters the activity serves, comma-separated (エ,キ).';
COMMENT ON COLUMN fct_activity.region_code IS 'The municipality running the programme.';
COMMENT ON COLUMN fct_activity.activity_value IS 'The figure.';
COMMENT ON COLUMN fct_activity.unit IS 'Unit as typed (名, 部, 号, 回).';
COMMENT ON COLUMN fct_activity.note IS 'Note as typed.';
COMMENT ON COLUMN fct_activity.source_file_id IS 'dim_source_file.source_file_id.';
COMMENT ON COLUMN fct_activity.source_row IS 'Row number (1-based, header = 1) in the CSV.';
COMMENT ON COLUMN fct_activity.load_id IS 'dim_load.load_id of the load that wrote the row.';
COMMENT ON COLUMN fct_activity.scene_codes IS '4つの場面 the activity serves, as dim_scene codes comma-separated (2,3); empty when the record names none.';

CREATE TABLE IF NOT EXISTS load_reject (
    load_id        VARCHAR NOT NULL,
    source_file_id VARCHAR NOT NULL,
    source_kind    VARCHAR NOT NULL,
    relative_path  VARCHAR NOT NULL,
    source_row     INTEGER,
    source_column  VARCHAR,
    found          VARCHAR,
    expected       VARCHAR,
    message        VARCHAR NOT NULL
);
COMMENT ON TABLE load_reject IS 'Input rows a load skipped, with why: also written to output/rejects/<source_kind>.csv.';
COMMENT ON COLUMN load_reject.load_id IS 'dim_load.load_id of the load that read the row.';
COMMENT ON COLUMN load_reject.source_file_id IS 'dim_source_file.source_file_id: the file version the row is in. An unchanged file is not read again, and its rejects stay.';
COMMENT ON COLUMN load_reject.source_kind IS 'reference, population, indicators, activities or surveys (the folder below the input folder).';
COMMENT ON COLUMN load_reject.relative_path IS 'The input file, relative to the input folder.';
COMMENT ON COLUMN load_reject.source_row IS 'Row number (1-based, as a spreadsheet or editor shows it).';
COMMENT ON COLUMN load_reject.source_column IS 'Column name or letter.';
COMMENT ON COLUMN load_reject.found IS 'What the cell held.';
COMMENT ON COLUMN load_reject.expected IS 'What was expected instead.';
COMMENT ON COLUMN load_reject.message IS 'The whole message as printed: file, row, column, found, expected.';
