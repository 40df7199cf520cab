package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The figures of one renkei {@code load} child (stages 1 and 2 of the benchmark, and each incremental night): the
 * child's measurement plus its steps as the load printed them ({@code --log-format json}).
 */
final class RenkeiLoadStage {

    private RenkeiLoadStage() {
    }

    /** A renkei load's figures: the child's, plus its steps as it printed them. */
    static Map<String, Object> figures(ChildProcess.Measurement m, long values) throws IOException {
        Map<String, Object> s = Benchmark.measured(m);
        Map<String, Object> steps = new LinkedHashMap<>();
        long loaded = -1;
        long factRows = -1;
        String summary = null;
        Double jobSeconds = null;
        for (String line : Files.readAllLines(m.stdout())) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode n;
            try {
                n = Json.parse(line);
            } catch (RuntimeException e) {
                continue;
            }
            String event = n.path("event").asString("");
            if (event.equals("step")) {
                String name = n.path("step").asString();
                double sec = n.path("seconds").asDouble();
                long read = n.path("read").asLong();
                long rows = n.path("loaded").asLong();
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("seconds", sec);
                st.put("read", read);
                st.put("loaded", rows);
                // publish reads and loads nothing itself: its rows are the values it publishes
                long through = name.equals("publish") ? values : Math.max(read, rows);
                st.put("rowsPerSecond", sec > 0 && through > 0 ? through / sec : null);
                steps.put(name, st);
                if (name.equals("indicators")) {
                    loaded = rows;
                } else if (name.equals("mergeIndicators")) {
                    factRows = rows;
                }
            } else if (event.equals("summary") || event.equals("already_loaded")) {
                summary = n.path("message").asString();
                try {
                    jobSeconds = Duration.between(LocalDateTime.parse(n.path("start").asString()),
                            LocalDateTime.parse(n.path("end").asString())).toMillis() / 1000.0;
                } catch (RuntimeException e) {
                    // no start/end: leave it out
                }
            }
        }
        s.put("rows", values);
        s.put("rowsPerSecond", values / m.wallSeconds());
        s.put("indicatorValuesLoaded", loaded);
        s.put("factRowsMerged", factRows);
        s.put("steps", steps);
        s.put("summary", summary);
        s.put("jobSeconds", jobSeconds);
        s.put("jobSecondsNote", "the Spring Batch job's own start..end; wallSeconds - jobSeconds is JVM, Spring and schema start-up");
        return s;
    }


    @SuppressWarnings("unchecked")
    static double stepSeconds(Map<String, Object> stage, String step) {
        Object st = ((Map<String, Object>) stage.get("steps")).get(step);
        return st == null ? 0 : (double) ((Map<String, Object>) st).get("seconds");
    }
}
