package jp.renkei.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.renkei.domain.RateBase;

/**
 * renkei's yearly population CSV for every region, fiscal year and base. Each figure's as-of date lies
 * in its 年度, where renkei looks for a denominator: 総人口 and 65歳以上人口 from the 住民基本台帳 on
 * 1 January (of the 年度's second calendar year), 認定者数 and 第1号被保険者数 from the 介護保険事業状況報告
 * at the end of September.
 */
final class YearlyPopulationWriter {

    static final String FILE = "population_yearly.csv";

    /** Writes the file and returns how many figures it holds. */
    static long write(Path dir, GeneratorSettings settings, RegionPlan plan, PopulationModel population)
            throws IOException {
        long rows = 0;
        try (Writer out = TextFiles.utf8WithBom(dir.resolve(FILE))) {
            out.write("region_code,region_name,base,as_of_date,population,statistic\r\n");
            StringBuilder line = new StringBuilder(96);
            for (Region r : plan.regions()) {
                for (int t = 0; t < settings.years(); t++) {
                    int fy = settings.firstFiscalYear() + t;
                    for (RateBase base : PopulationModel.bases()) {
                        boolean register = base == RateBase.総人口 || base == RateBase.六十五歳以上人口;
                        LocalDate asOf = register ? LocalDate.of(fy + 1, 1, 1) : LocalDate.of(fy, 9, 30);
                        line.setLength(0);
                        line.append(r.code()).append(',').append(r.name()).append(',').append(base.label()).append(',')
                                .append(asOf).append(',').append(population.figure(r.index(), t, base)).append(',')
                                .append(register ? "住民基本台帳" : "介護保険事業状況報告").append("\r\n");
                        out.append(line);
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private YearlyPopulationWriter() {
    }
}
