-- Every export's cells, unpivoted: one row per region, series and period (filled by 030_export_cells.sql).
CREATE TEMP TABLE floor_cell (export_id VARCHAR, source_file VARCHAR, source_row INTEGER,
    region_name VARCHAR, series_name VARCHAR, unit VARCHAR, period_label VARCHAR, published_text VARCHAR);
