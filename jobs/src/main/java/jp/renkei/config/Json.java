package jp.renkei.config;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of renkei (mappers are thread-safe and costly to build). Files people read are written
 * indented through {@link #pretty(Object)}; log lines stay one object per line.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** Indented, with a final line break: for files a person may open. */
    public static String pretty(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    }
}
