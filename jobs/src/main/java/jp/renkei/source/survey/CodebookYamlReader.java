package jp.renkei.source.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Binds a codebook's text to {@link CodebookYaml} with Jackson, noting every value that does not fit the shape (a list
 * where one value belongs, one value where a section belongs …) instead of stopping at the first: such a value is bound
 * as null and left as a {@link Misfit} for the rules to report in their order. Unknown keys are left to the rules too,
 * which see them in {@link YamlPlaces}. Syntax errors stop the reading, with their line.
 */
final class CodebookYamlReader {

    static final String YAML_EXPECTED = "YAML as described in docs/survey-codebook.md";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // unknown keys are reported from the document's keys (YamlPlaces), with keys written twice, in their order
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("codebook-text").addDeserializer(String.class, new YamlText.Scalar()))
            // a quoted blank where a section or list belongs is blank, as an empty value is: the rules say what is missing
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
            .build();

    /**
     * A value that does not fit the shape, with the section or list it belongs to ({@code owner}): reported when the
     * rules come to that owner, so that mistakes keep the order of the codebook's sections.
     */
    record Misfit(String owner, CodebookProblem problem, int column) {
    }

    /** What was read: the records, the places of their values, and what did not fit. */
    record Read(CodebookYaml yaml, YamlPlaces places, List<Misfit> misfits) {
    }

    private CodebookYamlReader() {
    }

    /** @throws CodebookException for text that is not YAML, or holds nothing */
    static Read read(String text, String file) {
        YamlPlaces places;
        try (JsonParser p = MAPPER.createParser(text)) {
            places = YamlPlaces.of(p, file);
        } catch (StreamReadException e) {
            throw notYaml(e, file);
        }
        if (places.isEmpty()) {
            throw new CodebookException(List.of(new CodebookProblem(file, null, "", "empty codebook", null,
                    "the sections survey, responses and questions")));
        }
        Collector collector = new Collector(file, places);
        for (String alias : places.aliases()) {
            collector.add(parent(alias), alias, alias, "an alias where a value belongs", "*" + places.at(alias).text(),
                    "the value written out (anchors and aliases are not read)");
        }
        try (JsonParser p = new YamlText.NullAsText(MAPPER.createParser(text))) {
            CodebookYaml yaml = MAPPER.readerFor(CodebookYaml.class).withHandler(collector).readValue(p);
            return new Read(yaml, places, collector.misfits);
        } catch (JacksonException e) {
            // every mismatch of shape is handled above; this is a safety net, with Jackson's own words
            var at = e.getLocation();
            throw new CodebookException(List.of(new CodebookProblem(file, at == null || at.getLineNr() < 1 ? null : at.getLineNr(),
                    "", "not readable as a codebook", e.getOriginalMessage(), YAML_EXPECTED)));
        }
    }

    private static CodebookException notYaml(StreamReadException e, String file) {
        Integer line = null;
        String problem = e.getOriginalMessage();
        // Jackson's own location is where its parser stopped; the YAML parser's mark is where the mistake is
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            var mark = marked.getProblemMark().or(marked::getContextMark);
            line = mark.map(m -> m.getLine() + 1).orElse(null);
            problem = marked.getProblem();
        } else if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            line = e.getLocation().getLineNr();
        }
        return new CodebookException(List.of(new CodebookProblem(file, line, "", "not valid YAML", problem, YAML_EXPECTED)));
    }

    /** The keys of a section bound to {@code type}, as the codebook writes them, sorted. */
    static List<String> keysOf(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT))
                .sorted().toList();
    }

    /** The place holding {@code path}: {@code questions[1]} for {@code questions[1].id}, {@code questions} for {@code questions[1]}. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Notes each value that does not fit and binds it as null, skipping what it holds. */
    private static final class Collector extends DeserializationProblemHandler {

        private final String file;
        private final YamlPlaces places;
        private final List<Misfit> misfits = new ArrayList<>();

        Collector(String file, YamlPlaces places) {
            this.file = file;
            this.places = places;
        }

        /** A misfit named {@code path}, on the line of the value at {@code at}. */
        void add(String owner, String at, String path, String what, String found, String expected) {
            misfits.add(new Misfit(owner, new CodebookProblem(file, places.line(at), path, what, found, expected),
                    places.column(at)));
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) {
            misfit(ctxt, targetType.getRawClass(), targetType.isCollectionLikeType(), p);
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta,
                                                JsonParser p, String msg) {
            misfit(ctxt, instClass, false, p);
            return null;
        }

        private void misfit(DeserializationContext ctxt, Class<?> target, boolean list, JsonParser p) {
            String path = YamlPlaces.path(p);
            String found = places.describe(path);
            if (list || target == CodebookYaml.Options.class) {
                add(path, path, path, "not a list", found, "a list (lines starting with -)");
            } else if (target.isRecord()) {
                add(path, path, path, "not a section of keys", found, "keys " + String.join(", ", keysOf(target)));
            } else if (ctxt.getAttribute(CodebookYaml.OptionsReader.LABEL) != null) {
                // the label of a code written as a key: options.1.label, reported with the options
                add(parent(path), path, path + ".label", "not a single value", found, "a single value");
            } else {
                add(parent(path), path, path, "not a single value", found, "a single value");
            }
            p.skipChildren();
        }
    }
}
