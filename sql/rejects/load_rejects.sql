-- Every reject load_reject holds, and whether it is current: a reject is current while the warehouse reflects the
-- file version it was found in (internal.input_state). A file read again has its rejects forgotten first, so none is there
-- twice. The rejects files, the report and `validate` all start from this; each adds what it also shows (the rejects
-- of the books this load could not read at all, which the warehouse does not reflect).
SELECT r.*, r.source_file_id IN (SELECT source_file_id FROM internal.input_state) AS current_reject
FROM load_reject r
