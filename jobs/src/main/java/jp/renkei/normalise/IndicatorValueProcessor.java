package jp.renkei.normalise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.renkei.domain.PublishedNumber;
import jp.renkei.domain.SeriesName;
import jp.renkei.domain.UnitLabel;
import jp.renkei.domain.ValueKind;
import jp.renkei.input.InputProblem;
import jp.renkei.source.indicator.ExportCell;
import jp.renkei.source.indicator.IndicatorInput;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a labelled export cell into a warehouse row: the series through the catalogue (or, uncatalogued, under an
 * id derived from export ID and series name), its display mode from the name's prefix, the region name
 * through the region master, the number as published, then the rate per 100,000. Anything that cannot be
 * resolved becomes a reject naming file, row, column, what was found and what was expected.
 */
public class IndicatorValueProcessor implements ItemProcessor<IndicatorInput, LoadItem<IndicatorValueRow>> {

    private final IndicatorCatalogue catalogue;
    private final RegionDirectory regions;
    private final RateNormaliser normaliser;
    private final Map<String, UnitLabel> units = new HashMap<>();
    // A national export repeats each series and region name thousands of times: look each up once.
    private final Map<String, IndicatorCatalogue.Series> series = new HashMap<>();
    private final Map<String, SeriesName> seriesNames = new HashMap<>();
    private final Map<String, RegionDirectory.Resolution> resolutions = new HashMap<>();
    /** By source file: hashing a context would hash every region name of the file, for every cell. */
    private final Map<String, Set<String>> prefectureContexts = new HashMap<>();
    /* problems of a whole row (its 指標 or 地域) already rejected: the row's other cells are passed over */
    private final Set<Object> rejectedRows = new HashSet<>();

    public IndicatorValueProcessor(IndicatorCatalogue catalogue, RegionDirectory regions, RateNormaliser normaliser) {
        this.catalogue = catalogue;
        this.regions = regions;
        this.normaliser = normaliser;
    }

    @Override
    public LoadItem<IndicatorValueRow> process(IndicatorInput input) {
        return switch (input) {
            case IndicatorInput.SkippedRow s -> LoadItem.reject(s.problem());
            case IndicatorInput.UnreadableBook b -> LoadItem.reject(b.problem());
            case IndicatorInput.Cell c -> process(c);
        };
    }

    /**
     * A problem with the row's 指標 or 地域 is the same for every cell of the row: it is rejected once, with the
     * row's first cell, and the row's other cells are filtered (null), so that one bad row is one reject.
     */
    private LoadItem<IndicatorValueRow> rowReject(InputProblem problem) {
        return rowReject(problem, problem);
    }

    /** Rejected once per {@code key}: later cells with the same key are filtered (null). */
    private LoadItem<IndicatorValueRow> rowReject(InputProblem problem, Object key) {
        return rejectedRows.add(key) ? LoadItem.reject(problem) : null;
    }

    private LoadItem<IndicatorValueRow> process(IndicatorInput.Cell input) {
        ExportCell cell = input.cell();
        String sheet = input.context().sheet();
        String valueColumn = cell.column() + " (" + cell.header() + ")";
        SeriesName name = seriesNames.computeIfAbsent(cell.seriesName(), SeriesName::parse);
        IndicatorCatalogue.Series series = this.series.computeIfAbsent(input.context().exportId() + '\u0000' + name.series(),
                k -> catalogue.find(input.context().exportId(), name.series()));
        Set<String> context = prefectureContexts.computeIfAbsent(input.context().sourceFileId(),
                id -> regions.prefectureContext(input.context().regionNames(), input.context().checkedRegion()));
        String regionCode;
        switch (resolutions.computeIfAbsent(input.context().sourceFileId() + '\u0000' + cell.regionName(),
                k -> regions.resolve(cell.regionName(), context))) {
            case RegionDirectory.Resolved r -> regionCode = r.region().code();
            case RegionDirectory.Unresolved u -> {
                // a comparison region the master does not know (an insurer union, one left from an earlier visit)
                // is one message per file and region, however many rows and cells it has
                String column = cell.periodLabel() == null ? valueColumn : "地域";
                return rowReject(InputProblem.at(cell.file(), cell.row(), column, u.what(), cell.regionName(),
                        u.expected() + "; every row of this region in the file is skipped").onSheet(sheet),
                        input.context().sourceFileId() + '\u0000' + cell.regionName());
            }
        }
        PublishedNumber number;
        try {
            number = PublishedNumber.parse(cell.cellText());
        } catch (PublishedNumber.NotANumberException e) {
            return LoadItem.reject(InputProblem.at(cell.file(), cell.row(), valueColumn, e.getMessage(), cell.cellText(),
                    e.expected()).onSheet(sheet));
        }
        UnitLabel unit = units.computeIfAbsent(cell.unitText() + '\u0000' + name.series(),
                k -> UnitLabel.parse(cell.unitText(), name.series()));
        if (!number.isMissing() && number.value().signum() < 0 && canNotBeNegative(unit.kind())) {
            return LoadItem.reject(InputProblem.at(cell.file(), cell.row(), valueColumn, "negative value", cell.cellText(),
                    "0 or more: a " + unit.kind().code() + " in " + cell.unitText() + " cannot be negative").onSheet(sheet));
        }
        NormalisedValue value = normaliser.normalise(number, unit, series.base(), series.multiplier(),
                regionCode, input.period());
        return LoadItem.row(new IndicatorValueRow(series, regionCode, input.period(), cell.cellText(),
                cell.unitText(), value, input.context().sourceFileId(), cell.row(), cell.column(), name.displayMode(),
                IndicatorValueRow.isProjection(input.period(), input.context().exportedOn())));
    }

    private static boolean canNotBeNegative(ValueKind kind) {
        return kind == ValueKind.COUNT || kind == ValueKind.RATE || kind == ValueKind.PERCENT;
    }
}
