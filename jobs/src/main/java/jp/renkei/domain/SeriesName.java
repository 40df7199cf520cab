package jp.renkei.domain;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 指標 cell as an export prints it, split into its display mode and the series it names. The same export
 * downloaded in the system's two display modes gives {@code 【注目する地域のみ】…} and {@code 【他地域と比較】…}:
 * two series whose values differ for the same region and period, told apart by {@code displayMode}.
 *
 * @param series      the series name without the display-mode prefix, as printed (trimmed)
 * @param displayMode 注目する地域のみ or 他地域と比較; {@code null} when the name has no such prefix
 */
public record SeriesName(String series, String displayMode) {

    public static final String FOCUSED_ONLY = "注目する地域のみ";
    public static final String COMPARED = "他地域と比較";

    private static final Pattern MODE = Pattern.compile("^\\s*[【\\[]\\s*(" + FOCUSED_ONLY + "|" + COMPARED + ")\\s*[】\\]]\\s*(.*)$",
            Pattern.DOTALL);

    public static SeriesName parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        Matcher m = MODE.matcher(text);
        return m.matches() ? new SeriesName(m.group(2).strip(), m.group(1)) : new SeriesName(text, null);
    }

    /**
     * The stable id of a series no catalogue row names: export ID, a dot, and the series name NFKC-normalised
     * without white space ({@code B1.第1号被保険者数}). The next download of the same export gives the same id.
     */
    public static String derivedIndicatorId(String exportId, String series) {
        return exportId + "." + compact(series);
    }

    /**
     * The base and multiplier a series name carries ({@code 要介護認定者【65歳以上人口1０万対】}), for a series no
     * catalogue row describes; {@code null} when the name names no base.
     */
    public static UnitLabel rateInName(String series) {
        UnitLabel inName = UnitLabel.parse(series);
        return inName.kind() == ValueKind.RATE && inName.base() != null ? inName : null;
    }

    /** NFKC without white space: how catalogue rows and series names are compared. */
    public static String compact(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
