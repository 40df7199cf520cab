package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.BRIDGE_INDICATOR_INITIATIVE;
import static jp.renkei.warehouse.generated.Tables.BRIDGE_INDICATOR_SCENE;
import static jp.renkei.warehouse.generated.Tables.DIM_INDICATOR;
import static jp.renkei.warehouse.generated.Tables.DIM_REGION;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.row;

import java.util.List;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.source.reference.CatalogueEntry;
import jp.renkei.source.reference.RegionRecord;
import org.jooq.DSLContext;

/**
 * Writes the region master and the indicator catalogue into their dimensions. A row that did not change
 * keeps the load that wrote it; a region or indicator missing from today's files stays (facts may point
 * at it).
 */
public final class ReferenceDimensions {

    private static final int ROWS_PER_STATEMENT = 500;

    private final DSLContext dsl;

    public ReferenceDimensions(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void upsertRegions(List<RegionRecord> regions, String loadId) {
        for (int from = 0; from < regions.size(); from += ROWS_PER_STATEMENT) {
            var insert = dsl.insertInto(DIM_REGION, DIM_REGION.REGION_CODE, DIM_REGION.REGION_NAME, DIM_REGION.REGION_LEVEL,
                    DIM_REGION.PARENT_CODE, DIM_REGION.PREFECTURE_CODE, DIM_REGION.LOAD_ID);
            for (RegionRecord r : regions.subList(from, Math.min(regions.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(r.code().value(), r.name(), r.level().word(), text(r.parent()), text(r.prefecture()),
                        loadId);
            }
            insert.onConflict(DIM_REGION.REGION_CODE).doUpdate()
                    .set(DIM_REGION.REGION_NAME, excluded(DIM_REGION.REGION_NAME))
                    .set(DIM_REGION.REGION_LEVEL, excluded(DIM_REGION.REGION_LEVEL))
                    .set(DIM_REGION.PARENT_CODE, excluded(DIM_REGION.PARENT_CODE))
                    .set(DIM_REGION.PREFECTURE_CODE, excluded(DIM_REGION.PREFECTURE_CODE))
                    .set(DIM_REGION.LOAD_ID, excluded(DIM_REGION.LOAD_ID))
                    .where(row(DIM_REGION.REGION_NAME, DIM_REGION.REGION_LEVEL, DIM_REGION.PARENT_CODE, DIM_REGION.PREFECTURE_CODE)
                            .isDistinctFrom(row(excluded(DIM_REGION.REGION_NAME), excluded(DIM_REGION.REGION_LEVEL),
                                    excluded(DIM_REGION.PARENT_CODE), excluded(DIM_REGION.PREFECTURE_CODE))))
                    .execute();
        }
    }

    /**
     * Makes {@code entries} the catalogue in force: each is written and marked catalogued; an indicator no longer in
     * it stays (facts may point at it) but is marked uncatalogued, so that its series is no longer looked up by it.
     */
    public void replaceCatalogue(List<CatalogueEntry> entries, String loadId) {
        upsertIndicators(entries, loadId);
        dsl.update(DIM_INDICATOR).set(DIM_INDICATOR.CATALOGUED, false)
                .where(DIM_INDICATOR.CATALOGUED.isTrue())
                .and(entries.isEmpty() ? org.jooq.impl.DSL.trueCondition()
                        : DIM_INDICATOR.INDICATOR_ID.notIn(entries.stream().map(CatalogueEntry::indicatorId).toList()))
                .execute();
    }

    public void upsertIndicators(List<CatalogueEntry> entries, String loadId) {
        for (CatalogueEntry e : entries) {
            dsl.insertInto(DIM_INDICATOR)
                    .set(DIM_INDICATOR.INDICATOR_ID, e.indicatorId())
                    .set(DIM_INDICATOR.EXPORT_ID, e.exportId())
                    .set(DIM_INDICATOR.SERIES_NAME, e.seriesName())
                    .set(DIM_INDICATOR.INDICATOR_NAME, e.indicatorName())
                    .set(DIM_INDICATOR.BASE, e.base() == null ? null : e.base().label())
                    .set(DIM_INDICATOR.MULTIPLIER, e.multiplier())
                    .set(DIM_INDICATOR.NOTE, e.note())
                    .set(DIM_INDICATOR.LOAD_ID, loadId)
                    .set(DIM_INDICATOR.CATALOGUED, true)
                    .onConflict(DIM_INDICATOR.INDICATOR_ID).doUpdate()
                    .set(DIM_INDICATOR.EXPORT_ID, excluded(DIM_INDICATOR.EXPORT_ID))
                    .set(DIM_INDICATOR.SERIES_NAME, excluded(DIM_INDICATOR.SERIES_NAME))
                    .set(DIM_INDICATOR.INDICATOR_NAME, excluded(DIM_INDICATOR.INDICATOR_NAME))
                    .set(DIM_INDICATOR.BASE, excluded(DIM_INDICATOR.BASE))
                    .set(DIM_INDICATOR.MULTIPLIER, excluded(DIM_INDICATOR.MULTIPLIER))
                    .set(DIM_INDICATOR.NOTE, excluded(DIM_INDICATOR.NOTE))
                    .set(DIM_INDICATOR.LOAD_ID, excluded(DIM_INDICATOR.LOAD_ID))
                    .set(DIM_INDICATOR.CATALOGUED, true)
                    .where(row(DIM_INDICATOR.EXPORT_ID, DIM_INDICATOR.SERIES_NAME, DIM_INDICATOR.INDICATOR_NAME,
                            DIM_INDICATOR.BASE, DIM_INDICATOR.MULTIPLIER, DIM_INDICATOR.NOTE, DIM_INDICATOR.CATALOGUED)
                            .isDistinctFrom(row(excluded(DIM_INDICATOR.EXPORT_ID), excluded(DIM_INDICATOR.SERIES_NAME),
                                    excluded(DIM_INDICATOR.INDICATOR_NAME), excluded(DIM_INDICATOR.BASE),
                                    excluded(DIM_INDICATOR.MULTIPLIER), excluded(DIM_INDICATOR.NOTE),
                                    org.jooq.impl.DSL.inline(true))))
                    .execute();
            // The catalogue is the whole truth about an indicator's scenes and initiatives.
            dsl.deleteFrom(BRIDGE_INDICATOR_SCENE).where(BRIDGE_INDICATOR_SCENE.INDICATOR_ID.eq(e.indicatorId())).execute();
            dsl.deleteFrom(BRIDGE_INDICATOR_INITIATIVE).where(BRIDGE_INDICATOR_INITIATIVE.INDICATOR_ID.eq(e.indicatorId())).execute();
            for (Integer scene : e.scenes()) {
                dsl.insertInto(BRIDGE_INDICATOR_SCENE).values(e.indicatorId(), scene).execute();
            }
            for (String initiative : e.initiatives()) {
                dsl.insertInto(BRIDGE_INDICATOR_INITIATIVE).values(e.indicatorId(), initiative).execute();
            }
        }
    }

    private static String text(LocalGovCode code) {
        return code == null ? null : code.value();
    }
}
