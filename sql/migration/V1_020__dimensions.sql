-- Conformed dimensions: region, period, indicator (with scenes and initiatives).

CREATE TABLE IF NOT EXISTS dim_region (
    region_code      VARCHAR PRIMARY KEY,
    region_name      VARCHAR NOT NULL,
    region_level     VARCHAR NOT NULL,
    parent_code      VARCHAR,
    prefecture_code  VARCHAR,
    load_id          VARCHAR NOT NULL
);
COMMENT ON TABLE dim_region IS 'Regions by 全国地方公共団体コード (6 digits with check digit): the nation, prefectures, municipalities and wards of designated cities.';
COMMENT ON COLUMN dim_region.region_code IS '6-digit 全国地方公共団体コード with its check digit, as text; 000000 for 全国 by convention; <city code>-<n> for a 地区.';
COMMENT ON COLUMN dim_region.region_name IS 'Name as the region master gives it (行田市, 埼玉県, 全国, 札幌市 中央区).';
COMMENT ON COLUMN dim_region.region_level IS 'nation, prefecture, municipality, ward, insurer (an insurer union such as 大雪地区広域連合, a comparison region of 見える化), or district (a 地区 of a municipality, from a survey codebook).';
COMMENT ON COLUMN dim_region.parent_code IS 'Code of the enclosing region: the prefecture of a municipality, the city of a ward, 000000 for a prefecture; NULL for the nation.';
COMMENT ON COLUMN dim_region.prefecture_code IS 'Code of the prefecture the region lies in (itself for a prefecture; NULL for the nation).';
COMMENT ON COLUMN dim_region.load_id IS 'The load that last changed this row.';

CREATE TABLE IF NOT EXISTS dim_period (
    period_key       VARCHAR PRIMARY KEY,
    period_kind      VARCHAR NOT NULL,
    fiscal_year      INTEGER,
    calendar_year    INTEGER,
    period_month     INTEGER,
    as_of_date       DATE,
    period_start     DATE,
    period_end       DATE,
    is_partial       BOOLEAN NOT NULL,
    revision_period  VARCHAR
);
COMMENT ON TABLE dim_period IS 'Periods as the sources label them, made comparable: fiscal year (年度, April to March, named by its start), calendar year, month or as-of date.';
COMMENT ON COLUMN dim_period.period_key IS 'Canonical key: FY2023, CY2017, Y2017 (year of unstated kind), M2014-04, D2020-03-31; a partial year adds its last month, FY2024~2025-02.';
COMMENT ON COLUMN dim_period.period_kind IS 'fiscal_year, calendar_year, year (kind not stated in the label), month, as_of or date.';
COMMENT ON COLUMN dim_period.fiscal_year IS '年度 the period falls in, named by its starting year (令和5年度 = 2023).';
COMMENT ON COLUMN dim_period.calendar_year IS 'Calendar year of the period, when it lies within one.';
COMMENT ON COLUMN dim_period.period_month IS 'Month (1-12) for a month or month-end label.';
COMMENT ON COLUMN dim_period.as_of_date IS 'The date a stock figure refers to (令和2年3月末 = 2020-03-31).';
COMMENT ON COLUMN dim_period.period_start IS 'First day the period covers.';
COMMENT ON COLUMN dim_period.period_end IS 'Last day the period covers; for a partial year, the last day of data.';
COMMENT ON COLUMN dim_period.is_partial IS 'True when the period is not complete, e.g. R6（R7/2月サービス提供分まで）.';
COMMENT ON COLUMN dim_period.revision_period IS '介護報酬改定 definition period the values belong to: H30改定前, H30改定 (FY2018-2023) or R6改定 (FY2024-); values across revisions are not strictly comparable.';

CREATE TABLE IF NOT EXISTS dim_scene (
    scene_code  INTEGER PRIMARY KEY,
    scene_name  VARCHAR NOT NULL
);
COMMENT ON TABLE dim_scene IS '4つの場面 of the MHLW 手引き Ver.3.';
COMMENT ON COLUMN dim_scene.scene_code IS '1 to 4, in the 手引き''s order.';
COMMENT ON COLUMN dim_scene.scene_name IS '日常の療養支援, 入退院支援, 急変時の対応, 看取り.';
INSERT OR IGNORE INTO dim_scene VALUES (1, '日常の療養支援'), (2, '入退院支援'), (3, '急変時の対応'), (4, '看取り');

CREATE TABLE IF NOT EXISTS dim_initiative (
    initiative_code  VARCHAR PRIMARY KEY,
    initiative_name  VARCHAR NOT NULL
);
COMMENT ON TABLE dim_initiative IS '具体的取組 (ア)〜(ク) of the 在宅医療・介護連携推進事業.';
COMMENT ON COLUMN dim_initiative.initiative_code IS 'ア to ク.';
COMMENT ON COLUMN dim_initiative.initiative_name IS 'The initiative as the 手引き names it.';
INSERT OR IGNORE INTO dim_initiative VALUES
    ('ア', '地域の医療・介護資源の把握'),
    ('イ', '在宅医療・介護連携の課題の抽出と対応策の検討'),
    ('ウ', '切れ目のない在宅医療と在宅介護の提供体制の構築推進'),
    ('エ', '医療・介護関係者の情報共有の支援'),
    ('オ', '在宅医療・介護連携に関する相談支援'),
    ('カ', '医療・介護関係者の研修'),
    ('キ', '地域住民への普及啓発'),
    ('ク', '在宅医療・介護連携に関する関係市区町村の連携');

CREATE TABLE IF NOT EXISTS dim_indicator (
    indicator_id     VARCHAR PRIMARY KEY,
    export_id        VARCHAR NOT NULL,
    series_name      VARCHAR NOT NULL,
    indicator_name   VARCHAR NOT NULL,
    base             VARCHAR,
    multiplier       INTEGER,
    note             VARCHAR,
    load_id          VARCHAR NOT NULL,
    catalogued       BOOLEAN DEFAULT true
);
-- warehouses made before uncatalogued exports loaded: every indicator they hold came from a catalogue
ALTER TABLE dim_indicator ADD COLUMN IF NOT EXISTS catalogued BOOLEAN DEFAULT true;
COMMENT ON TABLE dim_indicator IS 'The indicator catalogue and every uncatalogued series the exports brought: one row per series renkei tracks, with its rate base when the unit does not say.';
COMMENT ON COLUMN dim_indicator.indicator_id IS 'Catalogue id of the series (e.g. δ1-c.退院退所加算); for an uncatalogued series export ID + "." + its series name without spaces, NFKC-normalised (B1.第1号被保険者数): the same at every download.';
COMMENT ON COLUMN dim_indicator.export_id IS '見える化 指標ID of the export file the series comes in (A1, B4-a, δ1-c).';
COMMENT ON COLUMN dim_indicator.series_name IS 'The text of the 指標 cell that identifies the series inside the export, without a display-mode prefix (【注目する地域のみ】, 【他地域と比較】).';
COMMENT ON COLUMN dim_indicator.indicator_name IS 'Name to show analysts.';
COMMENT ON COLUMN dim_indicator.base IS 'Population the rate is over when the unit does not say: 総人口, 65歳以上人口, 認定者数 or 第1号被保険者数; for counts, the base used for per-100k.';
COMMENT ON COLUMN dim_indicator.multiplier IS 'Rate multiplier when the unit does not say (100 for %, 1000, 10000, 100000).';
COMMENT ON COLUMN dim_indicator.note IS 'Free note from the catalogue (definition, caveats).';
COMMENT ON COLUMN dim_indicator.load_id IS 'The load that last changed this row.';
COMMENT ON COLUMN dim_indicator.catalogued IS 'True when the indicator is in the catalogue in force (renkei''s default catalogue, overridden row by row by input/reference/); false for a series loaded without a catalogue row (its id derived from export ID and series name, its name the series name, no scenes or 取組), or one a catalogue no longer lists.';

CREATE TABLE IF NOT EXISTS bridge_indicator_scene (
    indicator_id  VARCHAR NOT NULL,
    scene_code    INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, scene_code)
);
COMMENT ON TABLE bridge_indicator_scene IS 'Which of the 4つの場面 an indicator belongs to (several allowed).';
COMMENT ON COLUMN bridge_indicator_scene.indicator_id IS 'dim_indicator.indicator_id.';
COMMENT ON COLUMN bridge_indicator_scene.scene_code IS 'dim_scene.scene_code.';

CREATE TABLE IF NOT EXISTS bridge_indicator_initiative (
    indicator_id     VARCHAR NOT NULL,
    initiative_code  VARCHAR NOT NULL,
    PRIMARY KEY (indicator_id, initiative_code)
);
COMMENT ON TABLE bridge_indicator_initiative IS 'Which 具体的取組 (ア)〜(ク) an indicator serves (several allowed).';
COMMENT ON COLUMN bridge_indicator_initiative.indicator_id IS 'dim_indicator.indicator_id.';
COMMENT ON COLUMN bridge_indicator_initiative.initiative_code IS 'dim_initiative.initiative_code.';
