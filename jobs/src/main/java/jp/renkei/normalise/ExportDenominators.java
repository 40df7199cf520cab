package jp.renkei.normalise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.domain.PublishedNumber;
import jp.renkei.domain.RateBase;
import jp.renkei.domain.SeriesName;
import jp.renkei.domain.UnitLabel;
import jp.renkei.domain.ValueKind;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputFileException;
import jp.renkei.source.indicator.ExportCell;
import jp.renkei.source.indicator.IndicatorExportReader;
import jp.renkei.source.indicator.ParsedExport;
import jp.renkei.source.population.PopulationFigure;

/**
 * The population figures the 見える化 exports carry themselves: 第１号被保険者数 (B1, and the rows inside B4-a, D2, …),
 * 認定者数 / 合計認定者数 (B3-a, B4-a), 総人口 and 65歳以上人口 (the A series). Each becomes a denominator for its
 * region and date, so that 認定者1万対 and 第1号被保険者 rates get their numerator like 人口10万対 ones.
 *
 * <p>The date of a figure: a stock date (令和5年3月末) as it is, so that it belongs to the 年度 that ends then; a month
 * its last day; a 年度 its last day (3月31日); a bare or calendar year (the A series' 2020, 2025) 1 October, the
 * census day those figures are counted on. Projections (years after the 出力日's year), partial years, missing and
 * non-whole values, and rows whose region is not in the region master give no figure. A file that cannot be read
 * gives none here either: the indicator step reports it.
 */
public final class ExportDenominators {

    /** The statistic a figure from an export is recorded under: 見える化 and the export's 指標ID. */
    public static final String STATISTIC_PREFIX = "見える化 ";

    private final RegionDirectory regions;
    private final IndicatorExportReader reader = new IndicatorExportReader();

    public ExportDenominators(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The base a series is a denominator of, by its name (without display mode or a unit in brackets). */
    public static Optional<RateBase> baseOf(String seriesName) {
        String name = SeriesName.compact(SeriesName.parse(seriesName).series()).replaceAll("[(\\[【][^)\\]】]*[)\\]】]$", "");
        return switch (name) {
            case "第1号被保険者数", "第一号被保険者数" -> Optional.of(RateBase.第1号被保険者数);
            case "認定者数", "合計認定者数", "要介護(要支援)認定者数", "要介護認定者数" -> Optional.of(RateBase.認定者数);
            case "総人口", "人口総数" -> Optional.of(RateBase.総人口);
            case "65歳以上人口", "高齢者人口" -> Optional.of(RateBase.六十五歳以上人口);
            default -> Optional.empty();
        };
    }

    /**
     * The figures of each export, in the order of {@code files}, read on {@code threads} threads: the exports are
     * independent files, and reading them is most of what this costs.
     */
    public List<List<PopulationFigure>> readAll(List<InputFile> files, int threads) throws InterruptedException {
        if (threads <= 1 || files.size() <= 1) {
            return files.stream().map(this::read).toList();
        }
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<List<PopulationFigure>>> read = new ArrayList<>();
            for (InputFile file : files) {
                read.add(pool.submit(() -> read(file)));
            }
            List<List<PopulationFigure>> figures = new ArrayList<>(files.size());
            for (var f : read) {
                try {
                    figures.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            return figures;
        }
    }

    /** The figures one export gives; empty when it has none or cannot be read. */
    public List<PopulationFigure> read(InputFile file) {
        if (file.overLimit() != null) {
            return List.of(); // beyond the input limits: never read (the indicators step rejects it whole)
        }
        List<ExportCell> cells = new ArrayList<>();
        // a national export repeats each series name thousands of times: judge each name once
        Map<String, Boolean> denominator = new HashMap<>();
        ParsedExport export;
        try {
            export = reader.read(file.path(), file.relativePath(), c -> {
                if (denominator.computeIfAbsent(c.seriesName(), n -> baseOf(n).isPresent())) {
                    cells.add(c);
                }
            }, p -> { });
        } catch (InputFileException e) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        cells.forEach(c -> names.add(c.regionName()));
        Set<String> context = regions.prefectureContext(names, export.checkedRegion());
        Map<String, PeriodLabel> periods = new HashMap<>();
        List<PopulationFigure> figures = new ArrayList<>();
        for (ExportCell c : cells) {
            figure(export, c, context, periods).ifPresent(figures::add);
        }
        return figures;
    }

    private Optional<PopulationFigure> figure(ParsedExport export, ExportCell c, Set<String> context,
                                              Map<String, PeriodLabel> periods) {
        UnitLabel unit = UnitLabel.parse(c.unitText());
        if (!c.unitText().isBlank() && unit.kind() != ValueKind.COUNT) {
            return Optional.empty(); // a rate named like a count is no denominator
        }
        PeriodLabel period;
        try {
            String label = c.periodLabel() != null ? c.periodLabel() : String.valueOf(export.year());
            period = periods.computeIfAbsent(label, PeriodLabel::parse);
        } catch (PeriodLabel.InvalidPeriodLabelException e) {
            return Optional.empty();
        }
        if (period.partial() || IndicatorValueRow.isProjection(period, export.exportedOn())) {
            return Optional.empty();
        }
        if (!(regions.resolve(c.regionName(), context) instanceof RegionDirectory.Resolved resolved)) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            PublishedNumber n = PublishedNumber.parse(c.cellText());
            if (n.isMissing()) {
                return Optional.empty();
            }
            value = n.value();
        } catch (PublishedNumber.NotANumberException e) {
            return Optional.empty();
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        LocalGovCode code;
        try {
            code = new LocalGovCode(resolved.region().code());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a region without a 全国地方公共団体コード has no population figures
        }
        return Optional.of(new PopulationFigure(code, baseOf(c.seriesName()).orElseThrow(), asOf(period),
                value.longValueExact(), STATISTIC_PREFIX + export.exportId(), c.row()));
    }

    /** The day a figure of this period counts: see the class comment. */
    static LocalDate asOf(PeriodLabel p) {
        return switch (p.kind()) {
            case AS_OF, DATE -> p.asOfDate();
            case MONTH, FISCAL_YEAR -> p.end();
            case YEAR -> LocalDate.of(p.fiscalYear(), 10, 1);
            case CALENDAR_YEAR -> LocalDate.of(p.calendarYear(), 10, 1);
        };
    }
}
