package jp.renkei.source.survey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Where each value and key of a YAML document is, by place ({@code questions[2].options[0].code}): the line that
 * messages name, what kind of value it is and, for a single value, its text. Read from the parser's tokens before
 * the document is bound, so that a value bound as null (blank, or of the wrong shape) still has its line. Every key
 * of a section is kept as written, in order: a bound record keeps neither unknown keys nor a key written twice.
 */
final class YamlPlaces {

    enum Kind { VALUE, LIST, SECTION }

    /** A value: where it starts, its kind and, for a single value, its text as written ("" when blank). */
    record Place(int line, int column, Kind kind, String text) {
    }

    /** A key as written in a section, at {@code path}: every one, also a key written twice. */
    record Key(String path, String name, int line, int column) {
    }

    private final Map<String, Place> values = new HashMap<>();
    private final Map<String, Place> keyAt = new HashMap<>();
    private final Map<String, List<Key>> keysOf = new HashMap<>();
    private final List<String> aliases = new ArrayList<>();

    /** Reads every token of {@code p}; a syntax error is thrown as the parser throws it. */
    static YamlPlaces of(JsonParser p, String file) {
        YamlPlaces places = new YamlPlaces();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            var at = p.currentTokenLocation();
            String path = path(p);
            switch (t) {
                case START_OBJECT -> {
                    secondDocument(places, path, at, file);
                    places.keysOf.put(path, new ArrayList<>());
                    places.values.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.SECTION, null));
                }
                case START_ARRAY -> {
                    secondDocument(places, path, at, file);
                    places.values.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.LIST, null));
                }
                case END_OBJECT, END_ARRAY -> { }
                case PROPERTY_NAME -> {
                    String key = p.currentName();
                    places.keyAt.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.VALUE, key));
                    places.keysOf.get(path(p.streamReadContext().getParent()))
                            .add(new Key(path, key, at.getLineNr(), at.getColumnNr()));
                }
                default -> {
                    secondDocument(places, path, at, file);
                    places.values.put(path, new Place(at.getLineNr(), at.getColumnNr(), Kind.VALUE, p.getString()));
                    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        places.aliases.add(path);
                    }
                }
            }
        }
        return places;
    }

    /** A codebook is one YAML document: Jackson would read the next one as a second value. */
    private static void secondDocument(YamlPlaces places, String path, TokenStreamLocation at, String file) {
        if (path.isEmpty() && places.has("")) {
            throw new CodebookException(List.of(new CodebookProblem(file, at.getLineNr(), "", "not valid YAML",
                    "but found another document", CodebookYamlReader.YAML_EXPECTED)));
        }
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
        Place k = keyAt.get(path);
        return k != null ? Integer.valueOf(k.line()) : line(path);
    }

    int keyColumn(String path) {
        Place k = keyAt.get(path);
        return k != null ? k.column() : column(path);
    }

    int column(String path) {
        Place p = values.get(path);
        return p == null ? 0 : p.column();
    }

    /** Whether the value at {@code path} is missing or blank. */
    boolean isBlank(String path) {
        Place p = values.get(path);
        return p == null || p.kind() == Kind.VALUE && (p.text() == null || p.text().isBlank());
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

    /** The keys of the section at {@code path} as written, in order; none when there is no section there. */
    List<Key> keys(String path) {
        return keysOf.getOrDefault(path, List.of());
    }

    /** Places of aliases ({@code *name}): Jackson gives the alias's name, not the value it stands for. */
    List<String> aliases() {
        return aliases;
    }
}
