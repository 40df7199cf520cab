-- The files of a partitioned snapshot table: one per 見える化 export (指標ID), listing the series it holds that
-- have values. A part is written by filtering the table's query on these indicator_ids.
SELECT i.export_id, i.indicator_id
FROM dim_indicator i
WHERE EXISTS (SELECT 1 FROM fct_indicator_value f WHERE f.indicator_id = i.indicator_id)
ORDER BY 1, 2
