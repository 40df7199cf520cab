package jp.renkei.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The keys the survey's growing tables no longer declare are proven by the data checks instead. */
class DataChecksTest {

    @TempDir
    Path tmp;

    @Test
    void aRepeatedRespondentBandOrFreeTextFailsItsCheck() throws Exception {
        try (SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:duckdb:" + tmp.resolve("w.duckdb"), true)) {
            new WarehouseSchema(ds).migrate();
            DataChecks checks = new DataChecks(DSL.using(ds, SQLDialect.DUCKDB));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO dim_survey_respondent VALUES ('S1', 'k1', '女', '70代', NULL, '112062', 'L1'),
                                                                 ('S1', 'k2', '女', '70代', NULL, '112062', 'L1'),
                                                                 ('S2', 'k1', '女', '70代', NULL, '112062', 'L1')""");
                s.execute("""
                        INSERT INTO dim_survey_respondent_band VALUES ('S1', 'k1', 'sex', '性別', '女', 2, 'L1'),
                                                                      ('S1', 'k1', 'age', '年代', '70代', 6, 'L1')""");
                s.execute("""
                        INSERT INTO fct_survey_free_text VALUES ('S1', 'Q9', 'k1', '特になし', 'L1'),
                                                                ('S1', 'Q10', 'k1', '特になし', 'L1')""");
                assertThat(checks.run(1_000_000, 0.5, Map.of())).isEmpty();

                s.execute("INSERT INTO dim_survey_respondent VALUES ('S1', 'k1', '男', '60代', NULL, '112062', 'L2')");
                s.execute("INSERT INTO dim_survey_respondent_band VALUES ('S1', 'k1', 'sex', '性別', '男', 1, 'L2'),"
                        + " ('S1', 'k1', 'sex', '性別', '男', 1, 'L3')");
                s.execute("INSERT INTO fct_survey_free_text VALUES ('S1', 'Q9', 'k1', 'なし', 'L2')");
            }
            assertThat(checks.run(1_000_000, 0.5, Map.of())).containsExactly(
                    "primary keys: one row per survey and respondent: 1 row(s) violate it",
                    "primary keys: one band per survey, respondent and demographic: 2 row(s) violate it",
                    "primary keys: one free text per survey, question and respondent: 1 row(s) violate it");
        }
    }
}
