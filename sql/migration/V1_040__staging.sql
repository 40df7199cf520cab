-- Staging: the Appender writes here chunk by chunk; one set-based merge moves rows into the facts.
-- Same columns as the facts (the loader copies the facts' column comments), no keys, so that a
-- duplicated input row can be found and rejected in SQL instead of failing the append.

CREATE TABLE IF NOT EXISTS stg_indicator_value AS SELECT * FROM fct_indicator_value LIMIT 0;
ALTER TABLE stg_indicator_value ADD COLUMN IF NOT EXISTS is_projection BOOLEAN;
ALTER TABLE stg_indicator_value ADD COLUMN IF NOT EXISTS display_mode VARCHAR;
COMMENT ON TABLE stg_indicator_value IS 'Staging for fct_indicator_value: rows of the running load, before the merge.';

CREATE TABLE IF NOT EXISTS stg_population AS SELECT * FROM fct_population LIMIT 0;
COMMENT ON TABLE stg_population IS 'Staging for fct_population: rows of the running load, before the merge.';

CREATE TABLE IF NOT EXISTS stg_activity AS SELECT * FROM fct_activity LIMIT 0;
ALTER TABLE stg_activity ADD COLUMN IF NOT EXISTS scene_codes VARCHAR;
COMMENT ON TABLE stg_activity IS 'Staging for fct_activity: rows of the running load, before the merge.';
