package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON in and out for the benchmark's results (the children's result files and output/bench/*.json). */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }

    static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(Files.readString(file));
    }

    static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }
}
