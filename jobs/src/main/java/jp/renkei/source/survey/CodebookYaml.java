package jp.renkei.source.survey;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The shape of a codebook's YAML (docs/survey-codebook.md), as Jackson binds it: key names are the components'
 * names in snake_case, and every value is the text the analyst typed ({@code 01}, {@code 2019-07}, {@code yes}); the
 * rules ({@link CodebookRules}) read numbers, periods and flags from it and report what does not fit. A value of the
 * wrong shape (a list where one value belongs) is bound as null and reported by {@link CodebookYamlReader}.
 */
record CodebookYaml(String format, Survey survey, Responses responses, List<Demographic> demographics,
                    List<Question> questions) {

    record Survey(String id, String name, String fielded, String targetPopulation, String sampleSize, String method,
                  String regionCode) {
    }

    record Responses(String file, String sheet, String headerRows, String respondentId, @OneOrMore List<String> noAnswer,
                     String noAnswerInScope) {
    }

    record Demographic(String id, String name, String role, String column, String columnPrefix, Options options,
                       List<Range> bands, @OneOrMore List<String> noAnswer) {
    }

    record Question(String id, String number, String text, String type, String maxChoices, String layout, String column,
                    String columnPrefix, List<String> columns, String block, Options options,
                    @OneOrMore List<String> noAnswer, String noAnswerInScope, String min, String max,
                    @OneOrMore List<String> separator, List<Range> bins) {
    }

    /** A band of a demographic or a bin of a numeric question. */
    record Range(String label, String min, String max) {
    }

    /** One option as {code, label, other_text}; written as code: label, it has no {@code otherText}. */
    record Option(String code, String label, String otherText) {
    }

    /**
     * Options as a list of {code, label} or as a mapping code: label ({@code keyed}), in the order written. Codes that
     * are mapping keys are kept as typed, and a code written twice stays twice, for the rules to report.
     */
    @JsonDeserialize(using = OptionsReader.class)
    record Options(boolean keyed, List<Option> entries) {
    }

    /** no_answer and separator take one value or a list. */
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @interface OneOrMore {
    }

    static final class OptionsReader extends ValueDeserializer<Options> {

        /** Set while a label of a code written as a key is read, so that a misfit there is named options.code.label. */
        static final String LABEL = "codebook.option-label";

        @Override
        public Options deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                List<Option> list = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, Option.class));
                return new Options(false, list);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Options) ctxt.handleUnexpectedToken(ctxt.constructType(Options.class), p);
            }
            List<Option> entries = new ArrayList<>();
            for (String code = p.nextName(); code != null; code = p.nextName()) {
                p.nextToken();
                ctxt.setAttribute(LABEL, Boolean.TRUE);
                try {
                    entries.add(new Option(code, ctxt.readValue(p, String.class), null));
                } finally {
                    ctxt.setAttribute(LABEL, null);
                }
            }
            return new Options(true, entries);
        }
    }
}
