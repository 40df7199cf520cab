package jp.renkei.source.survey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Where each value and key of a YAML document is, by place ({@code questions[2].options[0].code}): the line that
 * messages name, what kind of value it is and, for a single value, its text. Read from the parser's tokens before
 * the document is bound, so that a value bound as null (blank, or of the wrong shape) still has its line. Keys
 * written twice in one section are noted here too: a bound record keeps only the last.
 */
final class YamlPlaces {

    enum Kind { VALUE, LIST, SECTION }

    /** A value: where it starts, its kind and, for a single value, its text as written; {@code none}: YAML's null. */
    record Place(int line, int column, Kind kind, String text, boolean none) {

        Place(int line, int column, Kind kind, String text) {
            this(line, column, kind, text, false);
        }
    }

    /** A key written again in the same section ({@code owner}), at {@code path}. */
    record Repeat(String owner, String path, String key, int line, int column) {
    }

    private final Map<String, Place> values = new HashMap<>();
    private final Map<String, Place> keys = new HashMap<>();
    private final List<Repeat> repeats = new ArrayList<>();
    private final List<String> aliases = new ArrayList<>();

    /** Reads every token of {@code p}; a syntax error is thrown as the parser throws it. */
    static YamlPlaces of(JsonParser p) {
        YamlPlaces places = new YamlPlaces();
        Deque<Set<String>> sections = new ArrayDeque<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            var at = p.currentTokenLocation();
            String path = path(p);
            switch (t) {
                case START_OBJECT -> {
                    sections.push(new HashSet<>());
                    places.values.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.SECTION, null));
                }
                case START_ARRAY -> places.values.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.LIST, null));
                case END_OBJECT -> sections.pop();
                case END_ARRAY -> { }
                case PROPERTY_NAME -> {
                    String key = p.currentName();
                    places.keys.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.VALUE, key));
                    if (!sections.element().add(key)) {
                        places.repeats.add(new Repeat(path(p.streamReadContext().getParent()), path, key,
                                at.getLineNr(), at.getColumnNr()));
                    }
                }
                default -> {
                    places.values.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.VALUE, p.getString(),
                            t == JsonToken.VALUE_NULL));
                    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        places.aliases.add(path);
                    }
                }
            }
        }
        return places;
    }

    /** The place of the value or key the parser is at ({@code questions[1].id}); "" for the whole document. */
    static String path(JsonParser p) {
        TokenStreamContext context = p.streamReadContext();
        // at the start of a list or section the parser is already inside it
        return p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT
                ? path(context.getParent()) : path(context);
    }

    private static String path(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether the document has a value (perhaps blank) at {@code path}. */
    boolean has(String path) {
        return values.containsKey(path);
    }

    Place at(String path) {
        return values.get(path);
    }

    /** The line where the value at {@code path} starts, or null when the document has none there. */
    Integer line(String path) {
        Place p = values.get(path);
        return p == null ? null : p.line();
    }

    /** The line of the key naming the value at {@code path}, or of the value when it is a list item. */
    Integer keyLine(String path) {
        Place k = keys.get(path);
        return k != null ? k.line() : line(path);
    }

    int keyColumn(String path) {
        Place k = keys.get(path);
        return k != null ? k.column() : column(path);
    }

    int column(String path) {
        Place p = values.get(path);
        return p == null ? 0 : p.column();
    }

    /** Whether the value at {@code path} is missing, blank or null (a value Jackson binds as null). */
    boolean isBlank(String path) {
        Place p = values.get(path);
        return p == null || p.kind() == Kind.VALUE && (p.none() || p.text() == null || p.text().isBlank());
    }

    /** How messages show the value found at {@code path}: its text, "a list" or "a section of keys". */
    String describe(String path) {
        Place p = values.get(path);
        if (p == null) {
            return null;
        }
        return switch (p.kind()) {
            case VALUE -> p.text();
            case LIST -> "a list";
            case SECTION -> "a section of keys";
        };
    }

    List<Repeat> repeats() {
        return repeats;
    }

    /** Places of aliases ({@code *name}): Jackson gives the alias's name, not the value it stands for. */
    List<String> aliases() {
        return aliases;
    }
}
