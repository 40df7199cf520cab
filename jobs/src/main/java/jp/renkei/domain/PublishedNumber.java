package jp.renkei.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;

/**
 * A cell as published: either a number, kept as the exact decimal written (427.8 stays 427.8, 516.0
 * keeps its scale), or a missing-value token, kept as given and never read as 0.
 */
public record PublishedNumber(String raw, BigDecimal value, String missingToken) {

    /** Tokens the exports use for "no value": empty and the dashes seen in real files, plus e-Stat's ***. */
    public static final Set<String> MISSING_TOKENS = Set.of("", "-", "－", "―", "‐", "−", "***", "＊＊＊", "x", "X", "…");

    public static final String EXPECTED = "a number or a missing-value token (empty, -, －, ―, ‐, −)";

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /**
     * The largest magnitude a published number may have: far above any count or rate an export holds (Japan's
     * population is 1.2e8), and below 2^53, so that every integer up to it is exact as a DOUBLE. A cell such as
     * {@code 1e400} (infinity as a double) or {@code 1e99999999999} is a typo or a hostile file, not a figure.
     */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");
    /** The smallest non-zero magnitude: 15 decimal places are more than any export prints. */
    public static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1e-15");

    public static final String EXPECTED_RANGE = "a number between -1e15 and 1e15 (at most 15 decimal places)";

    /** Thrown for a cell that is neither a number nor a missing-value token. */
    public static class NotANumberException extends IllegalArgumentException {
        public NotANumberException(String message) {
            super(message);
        }

        /** What the cell should have held, for the reject. */
        public String expected() {
            return EXPECTED;
        }
    }

    /** Thrown for a number far beyond anything an export publishes. */
    public static final class OutOfRangeException extends NotANumberException {
        public OutOfRangeException() {
            super("number out of range");
        }

        @Override
        public String expected() {
            return EXPECTED_RANGE;
        }
    }

    public boolean isMissing() {
        return value == null;
    }

    public static PublishedNumber parse(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (MISSING_TOKENS.contains(trimmed)) {
            return new PublishedNumber(raw, null, trimmed);
        }
        if (PLAIN.matcher(trimmed).matches()) { // the usual case: no full-width digits, no separators
            return new PublishedNumber(raw, inRange(trimmed), null);
        }
        String text = Normalizer.normalize(trimmed, Normalizer.Form.NFKC).replace('−', '-');
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new NotANumberException("not a number");
        }
        return new PublishedNumber(raw, inRange(text), null);
    }

    /** The decimal of a text {@link #PLAIN} matched, if its magnitude is one a figure can have. */
    private static BigDecimal inRange(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0 && text.length() - e > 6) { // an exponent of five digits or more: never parsed (1e99999999999)
            throw new OutOfRangeException();
        }
        BigDecimal value = new BigDecimal(text);
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE) > 0 || (value.signum() != 0 && magnitude.compareTo(MIN_MAGNITUDE) < 0)) {
            throw new OutOfRangeException();
        }
        return value;
    }
}
