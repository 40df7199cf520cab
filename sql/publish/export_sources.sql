-- What one export's part of indicator_values and region_comparison is computed from, besides the tables every
-- export shares (regions, periods, scenes: hashed whole beside this): its values (each names its file version by
-- source_file_id, a hash of path and content, so dim_source_file needs no hash of its own), its series and their
-- scenes. count:sum of the rows' hashes, equal for the same rows in any order.
WITH series AS (
    SELECT export_id, count(*) AS n, sum(hash(i)) AS h
    FROM dim_indicator i
    GROUP BY export_id
), facts AS (
    SELECT i.export_id, count(*) AS n, sum(hash(f)) AS h
    FROM fct_indicator_value f
    JOIN dim_indicator i ON i.indicator_id = f.indicator_id
    GROUP BY i.export_id
), scenes AS (
    SELECT i.export_id, count(*) AS n, sum(hash(b)) AS h
    FROM bridge_indicator_scene b
    JOIN dim_indicator i ON i.indicator_id = b.indicator_id
    GROUP BY i.export_id
)
SELECT s.export_id,
       concat_ws(':', s.n, s.h, coalesce(f.n, 0), coalesce(f.h, 0), coalesce(c.n, 0), coalesce(c.h, 0))
FROM series s
LEFT JOIN facts f ON f.export_id = s.export_id
LEFT JOIN scenes c ON c.export_id = s.export_id
