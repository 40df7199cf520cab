package jp.renkei.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** reference/: the region master in renkei's layout and the indicator catalogue, one row per series. */
final class ReferenceWriter {

    static final String REGIONS = "regions.csv";
    static final String CATALOGUE = "indicator_catalogue.csv";

    private ReferenceWriter() {
    }

    static void regions(Path dir, RegionPlan plan) throws IOException {
        try (Writer out = TextFiles.utf8(dir.resolve(REGIONS))) {
            out.write("region_code,region_name,region_level,parent_code\n");
            for (Region r : plan.regions()) {
                out.write(r.code() + "," + r.name() + "," + r.level().word() + ","
                        + (r.parentCode() == null ? "" : r.parentCode()) + "\n");
            }
        }
    }

    /**
     * base is the unit's (so renkei and the unit agree); multiplier is left empty because every unit names
     * its own (（%） is per 100, a count has none). Returns the number of rows.
     */
    static int catalogue(Path dir, List<IndicatorSpec> indicators) throws IOException {
        int rows = 0;
        try (Writer out = TextFiles.utf8WithBom(dir.resolve(CATALOGUE))) {
            out.write("indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note\r\n");
            for (IndicatorSpec spec : indicators) {
                for (int s = 0; s < spec.seriesNames().size(); s++) {
                    String series = spec.seriesNames().get(s);
                    out.write(String.join(",", spec.indicatorId(s), spec.exportId(), series, series,
                            spec.isDeviation(s) ? "" : spec.unit().base().label(), "", spec.scenes(), spec.initiatives(),
                            "generated: " + (spec.isDeviation(s) ? IndicatorSpec.DEVIATION : spec.unit().unit()) + " "
                                    + spec.periods().name().toLowerCase(java.util.Locale.ROOT))
                            + "\r\n");
                    rows++;
                }
            }
        }
        return rows;
    }
}
