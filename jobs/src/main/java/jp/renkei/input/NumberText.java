package jp.renkei.input;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into Japanese spreadsheets: full-width digits and signs, thousands
 * separators ("78,617", "７８，６１７"). A separator must group by three, so "1,2345" (a typo, or a
 * decimal comma) is not read as 12345.
 */
public final class NumberText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private NumberText() {
    }

    /** NFKC, trimmed, with the minus sign U+2212 (which NFKC keeps) as an ASCII hyphen-minus. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('\u2212', '-');
    }

    /** The number the text holds, keeping its scale (12.50 stays 12.50), or empty when it is not one. */
    public static Optional<BigDecimal> decimal(String text) {
        String t = normalise(text);
        if (!NUMBER.matcher(t).matches() || t.length() > 40) { // no exponent here; a 40-digit figure is no figure
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(",", "").replace("+", "")));
    }
}
