-- The loads whose data checks passed, so that a night checks what it wrote rather than every row again. The key
-- check on fct_indicator_value (sql/checks/040) groups only the series that rows of a load not listed here belong
-- to: a key can only repeat within its series, and every other series was whole and passed when it was last
-- written. When the checks pass, every load with rows in the table is put on the list (the table passed as a whole);
-- a load is taken off it when it begins (LoadRegistry.begin), since a forced or repeated load writes under the same
-- load_id.
-- No time of checking: the published warehouse carries this table, and a forced load of the same input must
-- publish the same file content.
CREATE TABLE internal.checked_load (
    load_id  VARCHAR PRIMARY KEY
);
COMMENT ON TABLE internal.checked_load IS 'The loads whose data checks passed: their rows need not be checked again for keys.';
COMMENT ON COLUMN internal.checked_load.load_id IS 'dim_load.load_id.';
