package jp.renkei.source.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.renkei.source.survey.CodebookYamlReader.Misfit;

/**
 * The mistakes of one codebook, in the order the rules come to the places they are at: what did not fit the shape
 * ({@link CodebookYamlReader}) and keys written twice are reported when the rules reach their section or list, then
 * the section's missing keys, then the rules' own findings. Each is named by its place and the line of that place.
 */
final class CodebookProblems {

    private final String file;
    private final YamlPlaces places;
    private final List<Misfit> misfits;
    private final List<CodebookProblem> problems = new ArrayList<>();
    private final Set<String> missing = new HashSet<>();

    CodebookProblems(String file, YamlPlaces places, List<Misfit> misfits) {
        this.file = file;
        this.places = places;
        this.misfits = new ArrayList<>(misfits);
    }

    /** A mistake at {@code path}, on the line of the value at {@code at}. */
    void report(String at, String path, String what, String found, String expected) {
        problems.add(new CodebookProblem(file, places.line(at), path, what, found, expected));
    }

    void report(String path, String what, String found, String expected) {
        report(path, path, what, found, expected);
    }

    /** A mistake at {@code path}, on the line of the key of the value at {@code at} (a code written as a key). */
    void reportAtKey(String at, String path, String what, String found, String expected) {
        problems.add(new CodebookProblem(file, places.keyLine(at), path, what, found, expected));
    }

    /** Which of {@code keys} the section at {@code path} gives, in the order written. */
    List<String> givenInOrder(String path, List<String> keys) {
        return keys.stream().filter(k -> has(join(path, k)))
                .sorted(Comparator.comparing((String k) -> places.keyLine(join(path, k)))
                        .thenComparingInt(k -> places.keyColumn(join(path, k))))
                .toList();
    }

    /**
     * Comes to the section at {@code path} (bound to {@code type}): reports, in the order written, what in it did not
     * fit, its unknown keys and keys written twice; then its {@code required} keys that are missing or blank. False
     * when there is no usable section there.
     */
    boolean section(String path, Object value, Class<? extends Record> type, String... required) {
        List<Misfit> own = take(path);
        List<String> known = CodebookYamlReader.keysOf(type);
        Set<String> seen = new HashSet<>();
        List<Misfit> found = new ArrayList<>(own);
        for (YamlPlaces.Key key : places.keys(path)) {
            if (!known.contains(key.name())) {
                found.add(misfit(key, "unknown key", "one of " + String.join(", ", known)));
            } else if (!seen.add(key.name())) {
                found.add(misfit(key, "key given twice", "each key once"));
            }
        }
        found.stream()
                .sorted(Comparator.comparing((Misfit m) -> m.problem().line(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(Misfit::column))
                .forEach(m -> problems.add(m.problem()));
        if (value == null) {
            if (own.stream().noneMatch(m -> m.problem().path().equals(path)) && places.has(path)) {
                report(path, "not a section of keys", places.describe(path),
                        "keys " + String.join(", ", CodebookYamlReader.keysOf(type)));
            }
            return false;
        }
        for (String key : Stream.of(required).sorted().toList()) {
            String keyPath = join(path, key);
            if (places.isBlank(keyPath)) {
                report(places.has(keyPath) ? keyPath : path, keyPath, "missing key " + key, null, "a value for " + key);
                missing.add(keyPath);
            }
        }
        return true;
    }

    private Misfit misfit(YamlPlaces.Key key, String what, String expected) {
        return new Misfit("", new CodebookProblem(file, key.line(), key.path(), what, key.name(), expected), key.column());
    }

    /** Comes to the list at {@code path}: reports what in it did not fit; its items, or none. */
    <T> List<T> list(String path, List<T> value) {
        List<Misfit> own = drain(path);
        if (value == null && places.has(path) && own.stream().noneMatch(m -> m.problem().path().equals(path))) {
            report(path, "not a list", places.describe(path), "a list (lines starting with -)");
        }
        return value == null ? List.of() : value;
    }

    /** Reports what did not fit in the list or one value at {@code path} (a no-answer list, separators). */
    List<Misfit> drain(String path) {
        List<Misfit> own = take(path);
        own.forEach(m -> problems.add(m.problem()));
        return own;
    }

    private List<Misfit> take(String owner) {
        List<Misfit> own = misfits.stream().filter(m -> m.owner().equals(owner)).toList();
        misfits.removeAll(own);
        return own;
    }

    /** Whether the codebook gives the key at {@code path}, even blank, and it was not reported missing. */
    boolean has(String path) {
        return places.has(path) && !missing.contains(path);
    }

    boolean isBlank(String path) {
        return places.isBlank(path);
    }

    /** Whether the value at {@code path} was written as a list (not as one value). */
    boolean isList(String path) {
        return places.has(path) && places.at(path).kind() == YamlPlaces.Kind.LIST;
    }

    /** The value at {@code path} as messages show it: its text as written, "a list" or "a section of keys". */
    String found(String path) {
        return places.describe(path);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean isEmpty() {
        return problems.isEmpty() && misfits.isEmpty();
    }

    /** Every mistake: those the rules came to, then what did not fit in places the rules did not read. */
    List<CodebookProblem> all() {
        List<CodebookProblem> all = new ArrayList<>(problems);
        misfits.forEach(m -> all.add(m.problem()));
        return all;
    }
}
