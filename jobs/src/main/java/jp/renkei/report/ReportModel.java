package jp.renkei.report;

import java.util.List;

/**
 * Everything the report shows, in its sections' order, already formatted: the HTML template and the workbook
 * only lay it out.
 */
public record ReportModel(Cover cover, List<ScenePanel> scenes, List<IndicatorPage> indicators,
        List<IndicatorPage> indicatorsWithoutScene, List<ActivityGroup> activities, List<SurveySection> surveys,
        DataState dataState) {

    /** The indicator pages with a scene, then those without (under their own heading). */
    public List<List<IndicatorPage>> indicatorGroups() {
        return List.of(indicators, indicatorsWithoutScene);
    }

    /** 表紙. */
    public record Cover(String cityName, String cityCode, String prefectureName, String snapshotDate,
            String newestExportDate, String loadId) {

        /** The same cover for another snapshot date and load: what a re-issued report says of itself. */
        public Cover on(java.time.LocalDate snapshotDate, String loadId) {
            return new Cover(cityName, cityCode, prefectureName, ReportBuilder.DATE.format(snapshotDate), newestExportDate,
                    loadId);
        }
    }

    /** A model with only the cover: the part of the report that names the snapshot date and the load. */
    static ReportModel coverOnly(Cover cover) {
        return new ReportModel(cover, List.of(), List.of(), List.of(), List.of(), List.of(),
                new DataState(List.of(), List.of(), List.of(), List.of()));
    }

    /** One of the 4つの場面, with its indicators and the 部会 activities mapped to it. */
    public record ScenePanel(int code, String name, List<SceneIndicator> indicators, List<String> activities) {
    }

    /** An indicator's latest values in a scene panel. */
    public record SceneIndicator(String anchor, String name, String latestPeriod, String city, String prefecture,
            String nation, String ratioToPrefecture, String change, String sparkline) {
    }

    /**
     * One page per indicator series: the seed's table (regions as rows, periods as columns), the source line,
     * a chart of the three regions, and the footnotes.
     */
    public record IndicatorPage(String anchor, String indicatorId, String title, String description,
            List<String> scenes, List<String> periods, List<TableRow> rows, String sourceLine, String chart,
            List<String> footnotes) {
    }

    /** A region's row: each cell as published, beside its number (null when none) and its decimals. */
    public record TableRow(String regionName, String level, List<String> cells, List<Double> values,
            List<Integer> decimals) {
    }

    /** One 部会 in the seed's 部会の取組 table. */
    public record ActivityGroup(String workingGroup, List<ActivityItem> items, List<String> initiatives,
            List<String> scenes) {
    }

    /** A figure a 部会 reports, with its 時点. */
    public record ActivityItem(String item, String value, Double number, String unit, String asOf, String note) {
    }

    /** A citizen survey and its questions. */
    public record SurveySection(String surveyId, String title, String fielded, Integer respondents,
            List<SurveyQuestion> questions) {
    }

    /**
     * A question: the 全体 shares as a bar chart and a table, n and 無回答, the MA note, and one cross-tab per
     * demographic; numeric questions carry their published summary instead.
     */
    public record SurveyQuestion(String number, String text, String type, boolean multipleAnswer, String chart,
            String n, String noAnswer, List<CrossRow> overall, List<CrossTab> crossTabs,
            List<String> numericHeader, List<List<String>> numericRows) {
    }

    /** A cross-tab by one demographic: a row per band, a column per option. */
    public record CrossTab(String demographic, List<String> options, List<CrossRow> rows) {
    }

    public record CrossRow(String label, Cell n, List<Cell> cells) {
    }

    /** A published survey cell: its text, its number (null when none) and whether it is suppressed. */
    public record Cell(String text, Double value, boolean suppressed) {
    }

    /** データの状態: what the numbers rest on. */
    public record DataState(List<FileRejects> rejects, List<FileRejects> booksRejected, List<String> uncatalogued,
            List<MissingDenominators> withoutDenominator) {
    }

    public record FileRejects(String file, String kind, long rows, String example) {
    }

    public record MissingDenominators(String indicator, String region, long values, String periods) {
    }
}
