package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.FCT_ACTIVITY;
import static jp.renkei.warehouse.generated.Tables.FCT_INDICATOR_VALUE;
import static jp.renkei.warehouse.generated.Tables.FCT_POPULATION;
import static jp.renkei.warehouse.generated.internal.Tables.STG_ACTIVITY;
import static jp.renkei.warehouse.generated.internal.Tables.STG_INDICATOR_VALUE;
import static jp.renkei.warehouse.generated.internal.Tables.STG_POPULATION;

import java.util.List;
import jp.renkei.warehouse.generated.tables.records.FctActivityRecord;
import jp.renkei.warehouse.generated.tables.records.FctIndicatorValueRecord;
import jp.renkei.warehouse.generated.tables.records.FctPopulationRecord;

/** The fact tables, their staging and their natural keys. */
public final class Facts {

    public static final FactMerge<FctIndicatorValueRecord> INDICATOR_VALUES = new FactMerge<>(STG_INDICATOR_VALUE,
            FCT_INDICATOR_VALUE, List.of(FCT_INDICATOR_VALUE.INDICATOR_ID, FCT_INDICATOR_VALUE.REGION_CODE,
            FCT_INDICATOR_VALUE.PERIOD_KEY, FCT_INDICATOR_VALUE.DISPLAY_MODE), "indicator, region, period and display mode");

    public static final FactMerge<FctPopulationRecord> POPULATION = new FactMerge<>(STG_POPULATION, FCT_POPULATION,
            List.of(FCT_POPULATION.REGION_CODE, FCT_POPULATION.BASE, FCT_POPULATION.AS_OF_DATE),
            "region, base and as-of date");

    public static final FactMerge<FctActivityRecord> ACTIVITIES = new FactMerge<>(STG_ACTIVITY, FCT_ACTIVITY,
            List.of(FCT_ACTIVITY.WORKING_GROUP, FCT_ACTIVITY.ITEM, FCT_ACTIVITY.PERIOD_KEY), "部会, item and as-of label");

    private Facts() {
    }
}
