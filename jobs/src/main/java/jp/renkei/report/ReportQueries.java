package jp.renkei.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.config.SqlFiles;

/**
 * Every query the report runs, in one place. The report reads the analysts' views where they carry what it
 * needs, and the survey and load tables where the views leave out ordering or status.
 *
 * <p>Columns that only some warehouses have ({@link #OPTIONAL_VALUE_COLUMNS}: the real-downloads work adds
 * display_mode, catalogued, is_projection and value_kind to v_indicator_values) are read when
 * {@code duckdb_columns()} lists them and taken as NULL otherwise: to show a new column, add it there.
 */
public final class ReportQueries {

    /** Optional columns of v_indicator_values, with the SQL type they are read as when absent. */
    static final Map<String, String> OPTIONAL_VALUE_COLUMNS = Map.of("display_mode", "VARCHAR", "catalogued", "BOOLEAN",
            "is_projection", "BOOLEAN", "value_kind", "VARCHAR");

    /** 全国 by the convention of the region master. */
    public static final String NATION = "000000";

    private final Connection c;

    public ReportQueries(Connection c) {
        this.c = c;
    }

    /** A region's name and the prefecture it lies in. */
    public record Region(String code, String name, String level, String prefectureCode) {
    }

    public record Load(String loadId, LocalDate runDate) {
    }

    public record Activity(String workingGroup, String item, String periodLabel, LocalDate asOf, Double value, String unit,
            String note, List<String> initiatives, List<String> scenes) {
    }

    public record Survey(String surveyId, String name, String fielded, Integer respondents) {
    }

    public record SurveyQuestionRow(String questionId, String number, String text, String type, Integer maxChoices) {
    }

    public record SurveyResult(String questionId, String optionCode, String optionLabel, String segment,
            String demographic, String band, Integer nScope, Integer nSelected, Double pct, boolean suppressed,
            boolean nScopeSuppressed) {
    }

    public record RejectRow(String file, String kind, boolean wholeFile, long rows, String example) {
    }

    public Region region(String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT region_code, region_name, region_level, prefecture_code FROM dim_region WHERE region_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)) : null;
            }
        }
    }

    /** The given load, or the newest by run date when null. */
    public Load load(String loadId) throws SQLException {
        String sql = loadId == null
                ? "SELECT load_id, run_date FROM dim_load ORDER BY run_date DESC, load_id LIMIT 1"
                : "SELECT load_id, run_date FROM dim_load WHERE load_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (loadId != null) {
                ps.setString(1, loadId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Load(rs.getString(1), rs.getDate(2).toLocalDate()) : null;
            }
        }
    }

    /** The newest 出力日 among the 見える化 exports the warehouse reflects now. */
    public LocalDate newestExportDate() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT max(exported_on) FROM dim_source_file
                WHERE source_file_id IN (SELECT source_file_id FROM internal.input_state)""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return localDate(rs.getDate(1));
        }
    }

    /** The values of the given regions (the home municipality, its prefecture, the nation), in period order. */
    public List<IndicatorValue> indicatorValues(List<String> regionCodes) throws SQLException {
        Set<String> present = columns("v_indicator_values");
        StringBuilder optional = new StringBuilder();
        for (String column : List.of("display_mode", "catalogued", "is_projection", "value_kind")) {
            optional.append(", ").append(present.contains(column) ? "v." + column
                    : "NULL::" + OPTIONAL_VALUE_COLUMNS.get(column) + " AS " + column);
        }
        String in = String.join(", ", regionCodes.stream().map(x -> "?").toList());
        String sql = """
                SELECT v.indicator_id, v.indicator_name, v.region_code, v.region_name, v.region_level, v.period_key,
                       v.period_label, p.period_start, v.published_text, v.published_value, v.rate_per_100k, v.unit,
                       v.base, v.denominator_as_of, v.value_status, v.is_partial, v.revision_period, v.scenes%s
                FROM v_indicator_values v LEFT JOIN dim_period p ON p.period_key = v.period_key
                WHERE v.region_code IN (%s)
                ORDER BY v.indicator_id, p.period_start NULLS LAST, v.period_key, v.region_code""".formatted(optional, in);
        List<IndicatorValue> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < regionCodes.size(); i++) {
                ps.setString(i + 1, regionCodes.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), localDate(rs.getDate(8)), rs.getString(9),
                            doubleOrNull(rs, 10), doubleOrNull(rs, 11), rs.getString(12), rs.getString(13),
                            localDate(rs.getDate(14)), rs.getString(15), rs.getBoolean(16), rs.getString(17),
                            strings(rs.getArray(18)), rs.getString(19), booleanOrNull(rs, 20), rs.getBoolean(21),
                            rs.getString(22)));
                }
            }
        }
        return values;
    }

    /** The catalogue's note of each indicator: the description the seed prints under its heading. */
    public Map<String, String> indicatorNotes() throws SQLException {
        Map<String, String> notes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT indicator_id, note FROM dim_indicator ORDER BY indicator_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                notes.put(rs.getString(1), rs.getString(2));
            }
        }
        return notes;
    }

    public Map<String, String> initiativeNames() throws SQLException {
        return pairs("SELECT initiative_code, initiative_name FROM dim_initiative ORDER BY initiative_code");
    }

    public List<String> sceneNames() throws SQLException {
        return new ArrayList<>(pairs("SELECT scene_code::VARCHAR, scene_name FROM dim_scene ORDER BY scene_code").values());
    }

    public List<Activity> activities(String regionCode) throws SQLException {
        List<Activity> activities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT working_group, item, period_label, as_of_date, activity_value, unit, note, initiatives, scenes
                FROM v_activities WHERE region_code = ? ORDER BY working_group, as_of_date, item""")) {
            ps.setString(1, regionCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    activities.add(new Activity(rs.getString(1), rs.getString(2), rs.getString(3), localDate(rs.getDate(4)),
                            doubleOrNull(rs, 5), rs.getString(6), rs.getString(7), strings(rs.getArray(8)),
                            strings(rs.getArray(9))));
                }
            }
        }
        return activities;
    }

    public List<Survey> surveys(String regionCode) throws SQLException {
        List<Survey> surveys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT survey_id, survey_name, fielded_label, respondent_count FROM dim_survey
                WHERE region_code = ? ORDER BY period_key DESC, survey_id""")) {
            ps.setString(1, regionCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    surveys.add(new Survey(rs.getString(1), rs.getString(2), rs.getString(3), intOrNull(rs, 4)));
                }
            }
        }
        return surveys;
    }

    public List<SurveyQuestionRow> surveyQuestions(String surveyId) throws SQLException {
        List<SurveyQuestionRow> questions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT question_id, question_number, question_text, question_type, max_choices FROM dim_survey_question
                WHERE survey_id = ? AND question_type <> 'free_text' ORDER BY question_order""")) {
            ps.setString(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    questions.add(new SurveyQuestionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            intOrNull(rs, 5)));
                }
            }
        }
        return questions;
    }

    /** The published (suppressed) cells of a survey, in the published order. */
    public List<SurveyResult> surveyResults(String surveyId) throws SQLException {
        List<SurveyResult> results = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT question_id, option_code, option_label, segment, demographic_id, band, n_scope, n_selected,
                       pct::DOUBLE, suppressed, n_scope_suppressed
                FROM fct_survey_result WHERE survey_id = ?
                ORDER BY question_order, segment_order, option_order""")) {
            ps.setString(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String segment = rs.getString(4);
                    int eq = segment.indexOf('=');
                    results.add(new SurveyResult(rs.getString(1), rs.getString(2), rs.getString(3), segment,
                            eq < 0 ? null : segment.substring(0, eq), rs.getString(6), intOrNull(rs, 7), intOrNull(rs, 8),
                            doubleOrNull(rs, 9), rs.getBoolean(10), rs.getBoolean(11)));
                }
            }
        }
        return results;
    }

    /**
     * The published summary of a numeric question, where the warehouse has one (v_survey_numeric): its columns
     * beside survey and question ids, as header and rows of text. Empty when there is no such view.
     */
    public List<List<String>> numericSummary(String surveyId, String questionId) throws SQLException {
        if (columns("v_survey_numeric").isEmpty()) {
            return List.of();
        }
        List<List<String>> table = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * EXCLUDE (survey_id, question_id) FROM v_survey_numeric WHERE survey_id = ? AND question_id = ?")) {
            ps.setString(1, surveyId);
            ps.setString(2, questionId);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    header.add(meta.getColumnLabel(i));
                }
                table.add(header);
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.add(v == null ? "—" : v.toString());
                    }
                    table.add(row);
                }
            }
        }
        return table.size() > 1 ? table : List.of();
    }

    /** Rejected rows per file of the input the warehouse reflects now; a row of NULL is a file rejected whole. */
    public List<RejectRow> rejects() throws SQLException {
        List<RejectRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT relative_path, source_kind, source_row IS NULL AS whole_file, count(*), min(message)
                FROM (%s) WHERE current_reject
                GROUP BY ALL ORDER BY relative_path, whole_file DESC""".formatted(SqlFiles.read("rejects", "load_rejects.sql")));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new RejectRow(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4), rs.getString(5)));
            }
        }
        return rows;
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND schema_name = 'main'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private Map<String, String> pairs(String sql) throws SQLException {
        Map<String, String> map = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getString(2));
            }
        }
        return map;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Boolean booleanOrNull(ResultSet rs, int i) throws SQLException {
        boolean v = rs.getBoolean(i);
        return rs.wasNull() ? null : v;
    }
}
