package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.DIM_PERIOD;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.domain.PeriodLabel;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep10;
import jp.renkei.warehouse.generated.tables.records.DimPeriodRecord;

/** Adds the periods a chunk refers to; a period's key fixes its meaning, so existing rows stay. */
public final class PeriodDimension {

    private PeriodDimension() {
    }

    public static void add(DSLContext dsl, Collection<PeriodLabel> periods) {
        Map<String, PeriodLabel> byKey = new LinkedHashMap<>();
        periods.forEach(p -> byKey.putIfAbsent(p.key(), p));
        if (byKey.isEmpty()) {
            return;
        }
        InsertValuesStep10<DimPeriodRecord, String, String, Integer, Integer, Integer, java.time.LocalDate,
                java.time.LocalDate, java.time.LocalDate, Boolean, String> insert = dsl.insertInto(DIM_PERIOD,
                DIM_PERIOD.PERIOD_KEY, DIM_PERIOD.PERIOD_KIND, DIM_PERIOD.FISCAL_YEAR, DIM_PERIOD.CALENDAR_YEAR,
                DIM_PERIOD.PERIOD_MONTH, DIM_PERIOD.AS_OF_DATE, DIM_PERIOD.PERIOD_START, DIM_PERIOD.PERIOD_END,
                DIM_PERIOD.IS_PARTIAL, DIM_PERIOD.REVISION_PERIOD);
        for (PeriodLabel p : byKey.values()) {
            insert = insert.values(p.key(), p.kind().code(), p.fiscalYear(), p.calendarYear(), p.month(), p.asOfDate(),
                    p.start(), p.end(), p.partial(), p.revisionPeriod());
        }
        insert.onConflictDoNothing().execute();
    }
}
