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

    /** Thrown for a cell that is neither a number nor a missing-value token. */
    public static final class NotANumberException extends IllegalArgumentException {
        public NotANumberException(String message) {
            super(message);
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
            return new PublishedNumber(raw, new BigDecimal(trimmed), null);
        }
        String text = Normalizer.normalize(trimmed, Normalizer.Form.NFKC).replace('−', '-');
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new NotANumberException("not a number");
        }
        return new PublishedNumber(raw, new BigDecimal(text), null);
    }
}
