package jp.renkei.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one indicator's 時系列 export: every region (全国, each prefecture followed by its municipalities)
 * × every series, one column per fiscal year, as the system exports a whole-country table. Returns how many
 * cells it wrote and how many of them were missing.
 */
final class ExportWriter {

    /** The 出力日 every export carries: a fixed date, so that output does not depend on the day it is made. */
    static final LocalDate EXPORTED_ON = LocalDate.of(2025, 7, 31);
    /* as the system writes it: 出力日 and 確認している地域 in one cell, with an ideographic space between */
    static final String OUTPUT_DATE_LINE = "出力日：" + EXPORTED_ON.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
            + "\u3000確認している地域：埼玉県行田市";

    /** Cells written, how many of them hold a missing-value token, and how many are 偏差値 (an index). */
    record Written(long values, long missing, long index) {
    }

    private final GeneratorSettings settings;
    private final RegionPlan plan;
    private final IndicatorValues values;

    ExportWriter(GeneratorSettings settings, RegionPlan plan, PopulationModel population) {
        this.settings = settings;
        this.plan = plan;
        this.values = new IndicatorValues(settings, plan, population);
    }

    Written write(IndicatorSpec spec, Path dir) throws IOException {
        Path file = dir.resolve(spec.fileName());
        int first = settings.firstFiscalYear();
        List<String> labels = new ArrayList<>(List.of("地域", "指標", "単位"));
        for (int t = 0; t < settings.years(); t++) {
            labels.add(spec.periods().label(first + t, t == settings.years() - 1));
        }
        int series = spec.seriesNames().size();
        // all series first, then rows region by region: the export lists a region's series together
        long[][][] cells = new long[series][][];
        for (int s = 0; s < series; s++) {
            cells[s] = copy(spec.isDeviation(s) ? values.deviation(spec, s) : values.draw(spec, s, first));
        }
        long count = 0;
        long missing = 0;
        long index = 0;
        try (ExportSink sink = spec.xlsx() ? new XlsxExportSink(file, EXPORTED_ON) : new CsvExportSink(file)) {
            sink.header(OUTPUT_DATE_LINE, labels);
            for (Region r : plan.regions()) {
                for (int s = 0; s < series; s++) {
                    long[] row = cells[s][r.index()];
                    boolean deviation = spec.isDeviation(s);
                    sink.row(r.name(), spec.seriesNames().get(s), deviation ? IndicatorSpec.DEVIATION : spec.unit().unit(), row,
                            deviation ? 1 : spec.unit().decimals());
                    count += row.length;
                    index += deviation ? row.length : 0;
                    for (long cell : row) {
                        if (IndicatorValues.isMissing(cell)) {
                            missing++;
                        }
                    }
                }
            }
        }
        return new Written(count, missing, index);
    }

    private static long[][] copy(long[][] a) {
        long[][] c = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
