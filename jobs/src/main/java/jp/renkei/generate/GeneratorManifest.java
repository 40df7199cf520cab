package jp.renkei.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.config.Json;

/**
 * What the generator wrote, counted as it wrote it: what a load of the folder must arrive at. Holds no time
 * or path, so that it is as reproducible as the files it describes.
 *
 * @param settings            the settings it was made with
 * @param nation              regions of level nation (1)
 * @param prefectures         47
 * @param municipalities      as asked
 * @param indicatorFilesCsv   CP932 CSV exports
 * @param indicatorFilesXlsx  .xlsx exports
 * @param populationFiles     the yearly CSV and the census tables
 * @param referenceFiles      region master and catalogue
 * @param activityFiles       1
 * @param catalogueSeries     catalogue rows (indicator × series)
 * @param indicatorValues     every value cell of every export
 * @param missingValues       of which a missing-value token
 * @param indexValues         of which 偏差値 (an index: loaded, never normalised per 100,000)
 * @param yearlyFigures       population figures in the yearly CSV
 * @param censusFigures       figures renkei reads from the census tables (総人口 and 65+ per area and census)
 * @param activityRecords     rows of the activity file
 * @param indicatorBytes      size of indicators/ in bytes
 * @param populationBytes     size of population/
 * @param survey              the survey's own counts; {@link SurveyCounts#NONE} when no survey was asked for
 */
public record GeneratorManifest(GeneratorSettings settings, int nation, int prefectures, int municipalities,
        int indicatorFilesCsv, int indicatorFilesXlsx, int populationFiles, int referenceFiles, int activityFiles,
        int catalogueSeries, long indicatorValues, long missingValues, long indexValues, long yearlyFigures, long censusFigures,
        int activityRecords, long indicatorBytes, long populationBytes, SurveyCounts survey) {

    public static final String FILE = "generator-manifest.json";

    public int regions() {
        return nation + prefectures + municipalities;
    }

    public long presentValues() {
        return indicatorValues - missingValues;
    }

    public long populationFigures() {
        return yearlyFigures + censusFigures;
    }

    public int files() {
        return indicatorFilesCsv + indicatorFilesXlsx + populationFiles + referenceFiles + activityFiles + survey.files();
    }

    public String toJson() {
        GeneratorSettings s = settings;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generator", "renkei generate");
        json.put("settings", ordered("seed", s.seed(), "municipalities", s.municipalities(), "indicators", s.indicators(),
                "years", s.years(), "firstFiscalYear", s.firstFiscalYear(), "lastFiscalYear", GeneratorSettings.LAST_FISCAL_YEAR,
                "xlsxShare", s.xlsxShare(), "seriesPerIndicator", s.seriesPerIndicator(),
                "surveyRespondents", s.surveyRespondents(), "surveyQuestions", s.surveyQuestions()));
        json.put("regions", ordered("total", regions(), "nation", nation, "prefectures", prefectures,
                "municipalities", municipalities));
        json.put("files", ordered("total", files(), "indicators", indicatorFilesCsv + indicatorFilesXlsx,
                "indicatorsCsv", indicatorFilesCsv, "indicatorsXlsx", indicatorFilesXlsx, "population", populationFiles,
                "reference", referenceFiles, "activities", activityFiles, "surveys", survey.files()));
        json.put("bytes", ordered("indicators", indicatorBytes, "population", populationBytes, "surveys", survey.bytes()));
        json.put("catalogueSeries", catalogueSeries);
        json.put("indicatorValues", ordered("total", indicatorValues, "present", presentValues(), "missing", missingValues,
                "index", indexValues));
        json.put("populationFigures", ordered("total", populationFigures(), "yearly", yearlyFigures, "census", censusFigures));
        json.put("activityRecords", activityRecords);
        json.put("survey", survey.present() ? surveyJson() : null);
        return Json.pretty(json);
    }

    /** The survey's counts, one entry per question, so that a reader can check any question against the warehouse. */
    private Map<String, Object> surveyJson() {
        Map<String, Object> json = ordered("id", survey.surveyId(), "regionCode", survey.regionCode(),
                "respondents", survey.respondents(), "questions", survey.questions(), "answers", survey.answers());
        json.put("demographics", survey.demographics().stream().map(GeneratorManifest::item).toList());
        json.put("perQuestion", survey.perQuestion().stream().map(GeneratorManifest::item).toList());
        return json;
    }

    private static Map<String, Object> item(SurveyCounts.Item it) {
        return ordered("id", it.id(), "type", it.type(), "nonBlank", it.nonBlank(), "answered", it.answered(),
                "overSelected", it.overSelected(), "noAnswer", it.noAnswer(), "picks", it.picks(), "numberSum", it.numberSum());
    }

    /** Keys and values in turn, kept in their order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
