package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** JSON in and out (through renkei's one mapper) for the benchmark's results (the children's result files and output/bench/*.json). */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return jp.renkei.config.Json.pretty(value);
    }

    static JsonNode read(Path file) throws IOException {
        return jp.renkei.config.Json.MAPPER.readTree(Files.readString(file));
    }

    static JsonNode parse(String text) {
        return jp.renkei.config.Json.MAPPER.readTree(text);
    }
}
