-- One export (run once per export). Variables: export_csv, export_id, export_file.
-- Its period columns differ from export to export, hence one statement per file, not one read_csv of all.
INSERT INTO floor_cell
SELECT getvariable('export_id'), getvariable('export_file'), source_row, "地域", "指標", "単位", period_label, published_text
FROM (SELECT *, CAST(row_number() OVER () + 2 AS INTEGER) AS source_row
      FROM read_csv(getvariable('export_csv'), header = true, all_varchar = true))
UNPIVOT INCLUDE NULLS (published_text FOR period_label
    IN (COLUMNS(* EXCLUDE ("地域", "指標", "単位", source_row))));
