package jp.renkei.load;

import static jp.renkei.warehouse.generated.internal.Tables.STG_INDICATOR_VALUE;

import static jp.renkei.warehouse.generated.Tables.DIM_INDICATOR;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.normalise.IndicatorCatalogue;
import jp.renkei.normalise.IndicatorValueRow;
import org.jooq.DSLContext;
import jp.renkei.normalise.NormalisedValue;
import org.jooq.Table;

/** stg_indicator_value's columns, in the order of sql/migration/V2__internal_schema.sql. */
public final class IndicatorValueFormat implements RowFormat<IndicatorValueRow> {

    @Override
    public Table<?> stagingTable() {
        return STG_INDICATOR_VALUE;
    }

    @Override
    public void append(StagingAppender a, IndicatorValueRow r, String loadId) throws SQLException {
        NormalisedValue v = r.value();
        a.text(r.indicatorId()).text(r.regionCode()).text(r.period().key()).text(r.period().raw())
                .text(r.publishedText()).number(v.published()).text(r.unit()).text(v.kind().code())
                .text(v.base() == null ? null : v.base().label()).integer(v.multiplier())
                .number(v.numerator()).bool(v.numeratorEstimated()).bigint(v.denominator()).date(v.denominatorAsOf())
                .number(v.ratePer100k()).bigint(v.totalPopulation()).number(v.ratePer100kTotal())
                .text(v.status().code()).text(r.sourceFileId()).integer(r.sourceRow()).text(r.sourceColumn())
                .text(loadId).bool(r.projection()).text(r.displayMode());
    }

    /** An uncatalogued series becomes an indicator the first time a chunk holds it; a catalogued row is never touched. */
    @Override
    public void addDimensions(DSLContext dsl, List<IndicatorValueRow> rows, String loadId) {
        Map<String, IndicatorCatalogue.Series> uncatalogued = new LinkedHashMap<>();
        for (IndicatorValueRow r : rows) {
            if (!r.series().catalogued()) {
                uncatalogued.putIfAbsent(r.indicatorId(), r.series());
            }
        }
        for (IndicatorCatalogue.Series s : uncatalogued.values()) {
            dsl.insertInto(DIM_INDICATOR)
                    .set(DIM_INDICATOR.INDICATOR_ID, s.indicatorId())
                    .set(DIM_INDICATOR.EXPORT_ID, s.exportId())
                    .set(DIM_INDICATOR.SERIES_NAME, s.seriesName())
                    .set(DIM_INDICATOR.INDICATOR_NAME, s.seriesName())
                    .set(DIM_INDICATOR.BASE, s.base() == null ? null : s.base().label())
                    .set(DIM_INDICATOR.MULTIPLIER, s.multiplier())
                    .set(DIM_INDICATOR.LOAD_ID, loadId)
                    .set(DIM_INDICATOR.CATALOGUED, false)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    @Override
    public java.util.Set<String> dimensionKeys(List<IndicatorValueRow> rows) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (IndicatorValueRow r : rows) {
            if (!r.series().catalogued()) {
                ids.add(r.indicatorId());
            }
        }
        return ids;
    }

    @Override
    public Optional<PeriodLabel> period(IndicatorValueRow row) {
        return Optional.of(row.period());
    }
}
