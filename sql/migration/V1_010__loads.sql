-- Loads and the files they read: every row in the warehouse points back here.

CREATE TABLE IF NOT EXISTS dim_load (
    load_id            VARCHAR PRIMARY KEY,
    run_date           DATE NOT NULL,
    input_fingerprint  VARCHAR NOT NULL,
    file_count         INTEGER NOT NULL,
    renkei_version     VARCHAR
);
COMMENT ON TABLE dim_load IS 'One row per distinct nightly load: the run date and the fingerprint of the whole input set. Loading the same input on the same day again yields the same load_id.';
COMMENT ON COLUMN dim_load.load_id IS 'Deterministic id of the load: the first 16 hex digits of SHA-256 over the run date and every input file''s path and SHA-256.';
COMMENT ON COLUMN dim_load.run_date IS 'The date the load ran for (the snapshot date of its Parquet output).';
COMMENT ON COLUMN dim_load.input_fingerprint IS 'SHA-256 over the sorted list of input files (relative path and content SHA-256).';
COMMENT ON COLUMN dim_load.file_count IS 'How many input files the load read.';
COMMENT ON COLUMN dim_load.renkei_version IS 'Version of renkei that ran the load.';

CREATE TABLE IF NOT EXISTS dim_source_file (
    source_file_id  VARCHAR PRIMARY KEY,
    relative_path   VARCHAR NOT NULL,
    source_kind     VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    size_bytes      BIGINT NOT NULL,
    encoding        VARCHAR,
    layout          VARCHAR,
    exported_on     DATE,
    load_id         VARCHAR NOT NULL
);
COMMENT ON TABLE dim_source_file IS 'Every input file a load read, identified by its path and content.';
COMMENT ON COLUMN dim_source_file.source_file_id IS 'First 16 hex digits of SHA-256 over the relative path and the content SHA-256.';
COMMENT ON COLUMN dim_source_file.relative_path IS 'Path of the file below the input folder, with / separators.';
COMMENT ON COLUMN dim_source_file.source_kind IS 'reference, population, indicators, activities or surveys (the folder below the input folder).';
COMMENT ON COLUMN dim_source_file.sha256 IS 'SHA-256 of the file''s bytes, hex.';
COMMENT ON COLUMN dim_source_file.size_bytes IS 'Size of the file in bytes.';
COMMENT ON COLUMN dim_source_file.encoding IS 'Character encoding the file was decoded with (UTF-8, UTF-8 with BOM, windows-31j), or xlsx.';
COMMENT ON COLUMN dim_source_file.layout IS 'The layout recognised: 時系列, 地域別, e-Stat census, yearly population, region master, code4fukui, catalogue, activities.';
COMMENT ON COLUMN dim_source_file.exported_on IS '出力日 printed in a 見える化 export, when present.';
COMMENT ON COLUMN dim_source_file.load_id IS 'The load that first recorded this file.';

CREATE TABLE IF NOT EXISTS input_state (
    source_file_id  VARCHAR PRIMARY KEY,
    relative_path   VARCHAR NOT NULL,
    source_kind     VARCHAR NOT NULL
);
COMMENT ON TABLE input_state IS 'The input file versions the warehouse reflects now: written in the same transaction as the merge of their rows. A load reads again only the files not listed here (all exports when reference or population data changed), and deletes the rows of file versions that are gone.';
COMMENT ON COLUMN input_state.source_file_id IS 'dim_source_file.source_file_id.';
COMMENT ON COLUMN input_state.relative_path IS 'Path below the input folder.';
COMMENT ON COLUMN input_state.source_kind IS 'reference, population, indicators, activities or surveys (the folder below the input folder).';
