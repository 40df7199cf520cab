package jp.renkei.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a generated national input: all 1,741 municipalities (every prefecture's real count), home region
 * 112062 (行田市's code), passes every report's checks ({@link GeneratedReportChecks}) and names no region but the
 * city, 埼玉県 and 全国. Few indicators, years and respondents keep it quick: the regions are what is national
 * here. How long the report takes at the benchmark's full size is `renkei bench`'s figure, not a test's.
 */
class NationalReportTest extends GeneratedReportChecks {

    static final GeneratorSettings SETTINGS = new GeneratorSettings(11, GeneratorSettings.national(11).municipalities(),
            3, 4, 0.34, 1, 400, 4);

    @TempDir
    static Path tmp;
    static GeneratedReport report;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        report = GeneratedReport.load(SETTINGS, tmp, LocalDate.of(2026, 11, 24));
    }

    @Override
    GeneratedReport report() {
        return report;
    }

    @Test
    void theInputIsNationalWithTheHomeRegionInSaitama() {
        assertThat(SETTINGS.municipalities()).isEqualTo(1_741);
        assertThat(DuckDbFiles.query(report.warehouse(), """
                SELECT region_level, count(*) FROM dim_region WHERE region_level IN ('nation', 'prefecture', 'municipality')
                GROUP BY ALL ORDER BY ALL""")).containsExactly(List.of("municipality", "1741"), List.of("nation", "1"),
                List.of("prefecture", "47"));
        assertThat(report.prefecture()).isEqualTo("埼玉県");
        assertThat(report.html().doc.select("section#cover dd").eachText()).first()
                .isEqualTo(report.city() + "（埼玉県）");
    }
}
