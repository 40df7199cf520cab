package jp.renkei.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import static jp.renkei.warehouse.generated.Tables.FCT_INDICATOR_VALUE;
import static jp.renkei.warehouse.generated.internal.Tables.CHECKED_LOAD;

import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The checks a load must pass before anything is published: keys hold, every value has its denominator
 * or a status saying why not, rates are plausible, and no fact lost more rows than allowed against the
 * last published snapshot. Each failed check is one line of the report. The checks themselves are SQL, one file
 * each under {@code sql/checks/}, returning the rows that fail.
 */
public final class DataChecks {

    private static final List<SqlCheck> CHECKS = SqlCheck.all();

    private final DSLContext dsl;

    public DataChecks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param lastPublished row counts of the last published snapshot by fact ("indicator_values" → 22), empty
     *                      before the first publish
     * @return the failed checks, empty when publishing may go on
     */
    public List<String> run(double ratePer100kMax, double maxRowDrop, Map<String, Long> lastPublished) {
        Map<String, Object> values = new HashMap<>();
        values.put("rate_per100k_max", ratePer100kMax);
        values.put("max_row_drop", maxRowDrop);
        for (String fact : List.of("indicator_values", "population", "activities")) {
            values.put(fact + "_before", lastPublished.get(fact));
        }
        List<String> failures = new ArrayList<>();
        for (SqlCheck check : CHECKS) {
            Object[] bindings = check.bindings(values);
            if (check.message() == null) {
                long violations = ((Number) dsl.fetchValue("SELECT count(*) FROM (" + check.sql() + ") AS failing",
                        bindings)).longValue();
                if (violations > 0) {
                    failures.add(check.name() + ": " + violations + " row(s) violate it");
                }
            } else {
                for (Record row : dsl.fetch(check.sql(), bindings)) {
                    failures.add(check.lineFor(row.intoMap(), values));
                }
            }
        }
        return failures;
    }

    /**
     * Records that the checks passed: every load with rows in fct_indicator_value now is checked, since the table as a
     * whole passed, and the key check does not group their series again (sql/checks/040) until one of them begins again.
     */
    public void passed() {
        dsl.insertInto(CHECKED_LOAD, CHECKED_LOAD.LOAD_ID)
                .select(dsl.selectDistinct(FCT_INDICATOR_VALUE.LOAD_ID).from(FCT_INDICATOR_VALUE)
                        .where(FCT_INDICATOR_VALUE.LOAD_ID.notIn(dsl.select(CHECKED_LOAD.LOAD_ID).from(CHECKED_LOAD))))
                .execute();
    }
}
