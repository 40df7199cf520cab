package jp.renkei.generate;

import java.math.BigDecimal;

/**
 * Writes a scaled integer as the number Excel shows in a General-format cell and saves to CSV: no trailing
 * zeros (168.0 → 168, 12.50 → 12.5), no exponent. Done by hand because String.format would dominate the
 * time of writing seven million cells.
 */
final class CellText {

    static final String HYPHEN = "-";
    static final String FULL_WIDTH_HYPHEN = "－"; // U+FF0D, as older exports print a missing value

    private CellText() {
    }

    static String missingToken(long cell) {
        return cell == IndicatorValues.MISSING_HYPHEN ? HYPHEN : FULL_WIDTH_HYPHEN;
    }

    static void append(StringBuilder sb, long scaled, int decimals) {
        if (IndicatorValues.isMissing(scaled)) {
            sb.append(missingToken(scaled));
            return;
        }
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        if (decimals == 0) {
            sb.append(scaled);
            return;
        }
        long unit = pow10(decimals);
        sb.append(scaled / unit).append('.');
        String fraction = Long.toString(scaled % unit);
        for (int i = fraction.length(); i < decimals; i++) {
            sb.append('0');
        }
        sb.append(fraction);
    }

    /** The same number as a BigDecimal whose plain text is what {@link #append} writes. */
    static BigDecimal decimal(long scaled, int decimals) {
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        return BigDecimal.valueOf(scaled, decimals);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
