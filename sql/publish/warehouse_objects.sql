-- Everything in a database besides its rows, one line per object, for the publish to tell whether the published
-- warehouse has the working database's schema ($1: the database name). Only then can it be brought up to date
-- table by table; otherwise it is copied whole. Spring Batch's BATCH_* objects stay in the working file.
SELECT kind, schema_name, name, detail FROM (
    SELECT 'column' AS kind, schema_name, table_name AS name,
           concat_ws(' ', column_index, column_name, data_type, is_nullable, coalesce(column_default, ''), coalesce(comment, '')) AS detail
      FROM duckdb_columns() WHERE database_name = $1 AND NOT internal
    UNION ALL
    SELECT 'table', schema_name, table_name, coalesce(comment, '') FROM duckdb_tables() WHERE database_name = $1 AND NOT internal
    UNION ALL
    SELECT 'view', schema_name, view_name, concat_ws(' ', sql, coalesce(comment, '')) FROM duckdb_views() WHERE database_name = $1 AND NOT internal
    UNION ALL
    SELECT 'constraint', schema_name, table_name, constraint_text FROM duckdb_constraints() WHERE database_name = $1
    UNION ALL
    SELECT 'index', schema_name, index_name, coalesce(sql, '') FROM duckdb_indexes() WHERE database_name = $1
    UNION ALL
    SELECT 'sequence', schema_name, sequence_name, concat_ws(' ', start_value, increment_by, coalesce(last_value, 0))
      FROM duckdb_sequences() WHERE database_name = $1
    UNION ALL
    SELECT 'function', schema_name, function_name, coalesce(macro_definition, '') FROM duckdb_functions() WHERE database_name = $1 AND NOT internal
    UNION ALL
    SELECT 'type', schema_name, type_name, logical_type FROM duckdb_types() WHERE database_name = $1 AND NOT internal
    UNION ALL
    SELECT 'schema', schema_name, schema_name, '' FROM duckdb_schemas() WHERE database_name = $1 AND NOT internal
) WHERE upper(name) NOT LIKE 'BATCH\_%' ESCAPE '\'
ORDER BY ALL
