package jp.renkei.source.survey;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How cell text and codebook text are compared: codes typed as １, "1 " or stored by Excel as 1.0 are the
 * same code, and labels match whatever width of brackets or spaces the vendor used.
 */
public final class Cells {

    private static final Pattern WHOLE_DECIMAL = Pattern.compile("^(-?\\d+)\\.0+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Cells() {
    }

    /** A code or token: NFKC, trimmed, a whole number written with decimals reduced to the number. */
    public static String code(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        var m = WHOLE_DECIMAL.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    /** A label or header name for comparison: NFKC with all white space removed. */
    public static String label(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }
}
