package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.DIM_INDICATOR;
import static jp.renkei.warehouse.generated.Tables.DIM_REGION;
import static jp.renkei.warehouse.generated.Tables.FCT_POPULATION;

import jp.renkei.domain.RateBase;
import jp.renkei.normalise.IndicatorCatalogue;
import jp.renkei.normalise.PopulationTable;
import jp.renkei.normalise.RegionDirectory;
import org.jooq.DSLContext;

/** What normalisation looks up, read from the warehouse as the earlier steps of this load left it. */
public final class WarehouseLookups {

    private final DSLContext dsl;

    public WarehouseLookups(DSLContext dsl) {
        this.dsl = dsl;
    }

    public RegionDirectory regions() {
        // 地区 come from survey codebooks; exports name municipalities and above
        return new RegionDirectory(dsl.selectFrom(DIM_REGION).where(DIM_REGION.REGION_LEVEL.ne("district")).fetch(r -> new RegionDirectory.Region(
                r.getRegionCode(), r.getRegionName(), r.getRegionLevel(), r.getPrefectureCode())));
    }

    /** The codes of every region of the region master, 地区 included. */
    public java.util.Set<String> regionCodes() {
        return new java.util.HashSet<>(dsl.select(DIM_REGION.REGION_CODE).from(DIM_REGION).fetch(DIM_REGION.REGION_CODE));
    }

    public IndicatorCatalogue catalogue() {
        // only the catalogue in force: an uncatalogued series is found again by its derived id
        return new IndicatorCatalogue(dsl.selectFrom(DIM_INDICATOR).where(DIM_INDICATOR.CATALOGUED.isTrue())
                .fetch(r -> new IndicatorCatalogue.Series(r.getIndicatorId(), r.getExportId(), r.getSeriesName(),
                        r.getBase() == null ? null : RateBase.fromText(r.getBase()).orElse(null), r.getMultiplier(), true)));
    }

    public PopulationTable populations(int maxYearDistance) {
        return new PopulationTable(dsl.selectFrom(FCT_POPULATION).fetch(r -> new PopulationTable.Figure(
                r.getRegionCode(), RateBase.fromText(r.getBase()).orElseThrow(), r.getAsOfDate(), r.getPopulation())),
                maxYearDistance);
    }
}
