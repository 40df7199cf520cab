package jp.renkei.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The floor's load, in DuckDB's SQL alone (sql/bench/floor/, its file names bound as variables): the same CSV data (decoded to UTF-8 beforehand, {@link FloorInput})
 * into renkei's own star schema, as near to what renkei's steps put there as plain SQL gets. Region, indicator,
 * period and unit are resolved by joins and regular expressions, denominators by a join on the fiscal year;
 * what it leaves out: rejects (every cell is taken as it is), lineage, the job repository, renkei's
 * nearest-year denominators, the survey codebook's question types (every coded answer is counted as a choice)
 * and its suppression of small cells beyond a flag.
 */
final class FloorLoad {

    static final String LOAD_ID = "floor";

    private final Statement st;

    FloorLoad(Statement st) throws SQLException {
        this.st = st;
        set("load_id", LOAD_ID);
    }

    void dimensions(FloorInput in) throws SQLException {
        set("regions_csv", in.regions().toAbsolutePath().toString());
        set("catalogue_csv", in.catalogue().toAbsolutePath().toString());
        set("population_csv", in.population().toAbsolutePath().toString());
        run("010_dimensions.sql");
    }

    /** Every export unpivoted into one cell table, then periods, units and denominators, then the fact. */
    void indicators(FloorInput in) throws SQLException {
        run("020_cells.sql");
        for (Map.Entry<Path, String> e : in.exports().entrySet()) {
            set("export_csv", e.getKey().toAbsolutePath().toString());
            set("export_id", e.getValue());
            set("export_file", e.getKey().getFileName().toString());
            run("030_export_cells.sql");
        }
        run("040_indicator_values.sql");
    }

    /**
     * The survey's answers unpivoted into {@code fct_survey_answer}, then counted by question and coded answer,
     * overall and by each demographic, into {@code fct_survey_result}.
     */
    void survey(FloorInput.SurveyFile survey) throws SQLException {
        set("responses_csv", survey.responses().toAbsolutePath().toString());
        set("survey_id", survey.surveyId());
        set("period_key", survey.periodKey());
        set("region_code", survey.regionCode());
        setList("demographic_names", survey.demographics().keySet().toArray());
        setList("demographic_columns", survey.demographics().values().toArray());
        run("050_survey_answers.sql");
        if (!survey.demographics().isEmpty()) { // UNPIVOT of no column is an error, not an empty table
            run("060_survey_bands.sql");
        }
        run("070_survey_results.sql");
    }

    /** A DuckDB variable the floor's SQL reads with getvariable: bound, never pasted into the SQL. */
    private void set(String name, String value) throws SQLException {
        bind(name, value);
    }

    /** A list variable (VARCHAR[]). */
    private void setList(String name, Object[] values) throws SQLException {
        bind(name, st.getConnection().createArrayOf("VARCHAR", values));
    }

    private void bind(String name, Object value) throws SQLException {
        try (PreparedStatement p = st.getConnection().prepareStatement("SET VARIABLE " + name + " = ?")) {
            p.setObject(1, value);
            p.execute();
        }
    }

    /** One of the floor's scripts, sql/bench/floor/&lt;file&gt;. */
    private void run(String file) throws SQLException {
        ScriptUtils.executeSqlScript(st.getConnection(), new ClassPathResource("sql/bench/floor/" + file));
    }

    static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
