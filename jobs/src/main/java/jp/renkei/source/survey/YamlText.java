package jp.renkei.source.survey;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JsonTokenId;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** How a codebook's single values reach its records: always as the text the analyst typed. */
final class YamlText {

    private YamlText() {
    }

    /**
     * A single value as the text written ({@code 01}, {@code 1.0}, {@code True}), whatever YAML would make of it; anything
     * else goes to the problem handler. Also reads the items of a list of texts, as the stock reader of such lists
     * does not pass a list or section in place of an item to the handler.
     */
    static final class Scalar extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return p.currentToken().isScalarValue() ? p.getString() : (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }

    /**
     * Gives YAML's null written out ({@code null}) as the text the analyst typed, as every other value is: Jackson
     * would bind it as nothing. A blank value stays null.
     */
    static final class NullAsText extends JsonParserDelegate {

        private boolean text;

        NullAsText(JsonParser p) {
            super(p);
        }

        private JsonToken seen(JsonToken t) {
            text = t == JsonToken.VALUE_NULL && !delegate().getString().isEmpty();
            return text ? JsonToken.VALUE_STRING : t;
        }

        @Override
        public JsonToken nextToken() {
            return seen(delegate().nextToken());
        }

        @Override
        public JsonToken nextValue() {
            return seen(delegate().nextValue());
        }

        @Override
        public String nextName() {
            text = false;
            return delegate().nextName();
        }

        @Override
        public boolean nextName(SerializableString str) {
            text = false;
            return delegate().nextName(str);
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            text = false;
            return delegate().nextNameMatch(matcher);
        }

        @Override
        public JsonToken currentToken() {
            return text ? JsonToken.VALUE_STRING : delegate().currentToken();
        }

        @Override
        public int currentTokenId() {
            return text ? JsonTokenId.ID_STRING : delegate().currentTokenId();
        }

        @Override
        public boolean hasToken(JsonToken t) {
            return text ? t == JsonToken.VALUE_STRING : delegate().hasToken(t);
        }

        @Override
        public boolean hasTokenId(int id) {
            return text ? id == JsonTokenId.ID_STRING : delegate().hasTokenId(id);
        }

        @Override
        public String getValueAsString() {
            return text ? delegate().getString() : delegate().getValueAsString();
        }

        @Override
        public String getValueAsString(String defaultValue) {
            return text ? delegate().getString() : delegate().getValueAsString(defaultValue);
        }
    }
}
