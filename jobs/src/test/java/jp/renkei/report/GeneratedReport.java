package jp.renkei.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import jp.renkei.testsupport.DuckDbFiles;
import jp.renkei.testsupport.LoadedOnce;

/**
 * A generated input loaded for a report test: its settings, the output folder, the names the generator gave the
 * home region (112062, 行田市's code; a generated input calls it 埼玉第6市) and its prefecture, and the report the
 * load wrote.
 */
record GeneratedReport(GeneratorSettings settings, Path output, String city, String prefecture, ReportHtml html) {

    static final String HOME_REGION = "112062";

    /** Generates {@code settings} under {@code tmp/input} and loads it into {@code tmp/output}. */
    static GeneratedReport load(GeneratorSettings settings, Path tmp, LocalDate runDate) throws Exception {
        Path input = tmp.resolve("input");
        Path output = tmp.resolve("output");
        new InputGenerator(settings, s -> { }).generate(input);
        LoadedOnce.load(input, output, runDate);
        List<String> names = DuckDbFiles.query(output.resolve("warehouse.duckdb"), """
                SELECT c.region_name, p.region_name FROM dim_region c JOIN dim_region p ON p.region_code = c.prefecture_code
                WHERE c.region_code = '%s'""".formatted(HOME_REGION)).getFirst();
        return new GeneratedReport(settings, output, names.get(0), names.get(1),
                new ReportHtml(output.resolve("report/index.html")));
    }

    Path warehouse() {
        return output.resolve("warehouse.duckdb");
    }

    /**
     * Every prefecture and municipality of the warehouse's region master but the home region and its prefecture
     * (the survey's 地区 are districts of the city itself).
     */
    List<String> otherRegions() {
        return DuckDbFiles.query(warehouse(), """
                SELECT r.region_name FROM dim_region r, dim_region home
                WHERE home.region_code = '%s' AND r.region_level IN ('prefecture', 'municipality')
                  AND r.region_code NOT IN (home.region_code, home.prefecture_code)
                ORDER BY r.region_code""".formatted(HOME_REGION)).stream().map(List::getFirst).toList();
    }
}
