package jp.renkei.generate;

import java.util.List;
import java.util.Locale;

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
        return String.format(Locale.ROOT, """
                {
                  "generator": "renkei generate",
                  "settings": {"seed": %d, "municipalities": %d, "indicators": %d, "years": %d, "firstFiscalYear": %d, \
                "lastFiscalYear": %d, "xlsxShare": %s, "seriesPerIndicator": %d, "surveyRespondents": %d, \
                "surveyQuestions": %d},
                  "regions": {"total": %d, "nation": %d, "prefectures": %d, "municipalities": %d},
                  "files": {"total": %d, "indicators": %d, "indicatorsCsv": %d, "indicatorsXlsx": %d, "population": %d, \
                "reference": %d, "activities": %d, "surveys": %d},
                  "bytes": {"indicators": %d, "population": %d, "surveys": %d},
                  "catalogueSeries": %d,
                  "indicatorValues": {"total": %d, "present": %d, "missing": %d, "index": %d},
                  "populationFigures": {"total": %d, "yearly": %d, "census": %d},
                  "activityRecords": %d,
                  "survey": %s
                }
                """, s.seed(), s.municipalities(), s.indicators(), s.years(), s.firstFiscalYear(),
                GeneratorSettings.LAST_FISCAL_YEAR, Double.toString(s.xlsxShare()), s.seriesPerIndicator(),
                s.surveyRespondents(), s.surveyQuestions(),
                regions(), nation, prefectures, municipalities,
                files(), indicatorFilesCsv + indicatorFilesXlsx, indicatorFilesCsv, indicatorFilesXlsx, populationFiles,
                referenceFiles, activityFiles, survey.files(), indicatorBytes, populationBytes, survey.bytes(),
                catalogueSeries, indicatorValues, presentValues(), missingValues, indexValues, populationFigures(), yearlyFigures,
                censusFigures, activityRecords, surveyJson());
    }

    /** The survey's counts, one line per question, so that a reader can check any question against the warehouse. */
    private String surveyJson() {
        if (!survey.present()) {
            return "null";
        }
        StringBuilder j = new StringBuilder();
        j.append(String.format(Locale.ROOT, "{\"id\": \"%s\", \"regionCode\": \"%s\", \"respondents\": %d, "
                        + "\"questions\": %d, \"answers\": %d,\n    \"demographics\": [",
                survey.surveyId(), survey.regionCode(), survey.respondents(), survey.questions(), survey.answers()));
        items(j, survey.demographics());
        j.append("],\n    \"perQuestion\": [");
        items(j, survey.perQuestion());
        return j.append("]}").toString();
    }

    private static void items(StringBuilder j, List<SurveyCounts.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            SurveyCounts.Item it = items.get(i);
            j.append(i == 0 ? "" : ",").append("\n      ").append(String.format(Locale.ROOT,
                    "{\"id\": \"%s\", \"type\": \"%s\", \"nonBlank\": %d, \"answered\": %d, \"overSelected\": %d, "
                            + "\"noAnswer\": %d, \"picks\": %s, \"numberSum\": %d}",
                    it.id(), it.type(), it.nonBlank(), it.answered(), it.overSelected(), it.noAnswer(), it.picks(),
                    it.numberSum()));
        }
    }
}
