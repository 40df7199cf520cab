package jp.renkei.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The checks a load must pass before anything is published: keys hold, every value has its denominator
 * or a status saying why not, rates are plausible, and no fact lost more rows than allowed against the
 * last published snapshot. Each failed check is one line of the report.
 */
public final class DataChecks {

    /** One check: its name and the SQL that counts violations. */
    private record Check(String name, String countViolations) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("fct_indicator_value: indicator, region and period exist in their dimensions", """
                    SELECT count(*) FROM fct_indicator_value f
                    WHERE NOT EXISTS (SELECT 1 FROM dim_indicator d WHERE d.indicator_id = f.indicator_id)
                       OR NOT EXISTS (SELECT 1 FROM dim_region d WHERE d.region_code = f.region_code)
                       OR NOT EXISTS (SELECT 1 FROM dim_period d WHERE d.period_key = f.period_key)"""),
            new Check("fct_population: region exists in dim_region", """
                    SELECT count(*) FROM fct_population f
                    WHERE NOT EXISTS (SELECT 1 FROM dim_region d WHERE d.region_code = f.region_code)"""),
            new Check("fct_activity: period exists in dim_period", """
                    SELECT count(*) FROM fct_activity f
                    WHERE NOT EXISTS (SELECT 1 FROM dim_period d WHERE d.period_key = f.period_key)"""),
            new Check("primary keys: one row per indicator, region, period and display mode", """
                    SELECT count(*) - count(DISTINCT (indicator_id, region_code, period_key, coalesce(display_mode, '')))
                    FROM fct_indicator_value"""),
            new Check("primary keys: one row per survey and respondent", """
                    SELECT count(*) - count(DISTINCT (survey_id, respondent_key)) FROM dim_survey_respondent"""),
            new Check("primary keys: one band per survey, respondent and demographic", """
                    SELECT count(*) - count(DISTINCT (survey_id, respondent_key, demographic_id))
                    FROM dim_survey_respondent_band"""),
            new Check("primary keys: one free text per survey, question and respondent", """
                    SELECT count(*) - count(DISTINCT (survey_id, question_id, respondent_key)) FROM fct_survey_free_text"""),
            new Check("every value has its denominator or a status that says why not", """
                    SELECT count(*) FROM fct_indicator_value
                    WHERE value_status NOT IN ('ok', 'missing', 'no_denominator', 'denominator_other_year', 'no_base',
                                              'not_normalised', 'not_normalised_percent', 'not_normalised_money',
                                              'not_normalised_index')
                       OR (value_status LIKE 'not_normalised%' AND rate_per_100k IS NOT NULL)
                       OR (value_status IN ('ok', 'denominator_other_year') AND denominator IS NULL)
                       OR (value_status = 'missing') <> (published_value IS NULL)"""),
            new Check("rates per 100,000 lie between 0 and renkei.check-rate-per100k-max", """
                    SELECT count(*) FROM fct_indicator_value WHERE rate_per_100k < 0 OR rate_per_100k > {max}"""));

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
        List<String> failures = new ArrayList<>();
        for (Check c : CHECKS) {
            long violations = count(c.countViolations().replace("{max}", Double.toString(ratePer100kMax)));
            if (violations > 0) {
                failures.add(c.name() + ": " + violations + " row(s) violate it");
            }
        }
        Map<String, String> counts = Map.of("indicator_values", "fct_indicator_value", "population", "fct_population",
                "activities", "fct_activity");
        counts.forEach((published, table) -> {
            Long before = lastPublished.get(published);
            if (before != null && before > 0) {
                long now = count("SELECT count(*) FROM " + table);
                if (now < before * (1 - maxRowDrop)) {
                    failures.add(table + " dropped from " + before + " rows (last published) to " + now
                            + ", more than renkei.check-max-row-drop = " + maxRowDrop);
                }
            }
        });
        return failures;
    }

    private long count(String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }
}
