package jp.renkei.job;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.config.Json;

/**
 * What a run tells the person or the log collector watching it: a readable line, or with
 * {@code --log-format json} one JSON object per line ({@code time}, {@code event}, {@code message}, fields).
 */
public final class RunLog {

    public enum Format { TEXT, JSON }

    private final PrintStream out;
    private final Format format;

    public RunLog(PrintStream out, Format format) {
        this.out = out;
        this.format = format;
    }

    public Format format() {
        return format;
    }

    public void event(String event, String message) {
        event(event, message, Map.of());
    }

    public void event(String event, String message, Map<String, ?> fields) {
        if (format == Format.TEXT) {
            out.println(message);
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS).toString());
        line.put("event", event);
        line.put("message", message);
        line.putAll(fields);
        out.println(Json.MAPPER.writeValueAsString(line));
    }
}
