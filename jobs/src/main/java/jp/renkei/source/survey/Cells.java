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
        String s = nfkc(text).strip();
        if (s.indexOf('.') < 0) {
            return s; // the common case (0, 1, 12, blank) needs no pattern
        }
        var m = WHOLE_DECIMAL.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    /** A label or header name for comparison: NFKC with all white space removed. */
    public static String label(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(nfkc(text)).replaceAll("");
    }

    /** NFKC leaves ASCII as it is: a response file's millions of 0/1 cells skip the normaliser. */
    private static String nfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
