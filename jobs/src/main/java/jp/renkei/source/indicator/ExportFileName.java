package jp.renkei.source.indicator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;

/**
 * What a 見える化 export's file name says: {@code {指標ID}_{指標名}_時系列.xlsx} or
 * {@code {指標ID}_{指標名}_{YYYY}_地域別.xlsx} (or .csv once re-saved from Excel), often with the suffix
 * a browser adds to a repeated download, {@code " (3)"}. The 地域別 table holds no year: this is its only source.
 *
 * @param exportId   指標ID, e.g. {@code A1}, {@code B4-a}, {@code δ1-c}
 * @param exportName 指標名 as in the name after NFKC normalisation
 * @param layout     時系列 or 地域別
 * @param year       the year of a 地域別 export, {@code null} for 時系列
 * @param extension  {@code xlsx} or {@code csv}, lower case
 */
public record ExportFileName(String exportId, String exportName, ExportLayout layout, Integer year, String extension) {

    /*
     * 指標ID: one series letter (Latin or Greek), digits, then optional "-suffix" parts (B4-a, K3-dd).
     * The name runs to the last "_時系列" or "_YYYY_地域別"; it may itself hold underscores.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<id>[A-Za-z\\u0391-\\u03A9\\u03B1-\\u03C9]\\d+(?:-[A-Za-z0-9]+)*)_(?<name>.+?)"
                    + "_(?:(?<series>時系列)|(?<year>\\d{4})_(?<regional>地域別))"
                    + "(?:\\s*\\(\\d+\\))?\\.(?<ext>xlsx|csv)",
            Pattern.CASE_INSENSITIVE);

    static final String EXPECTED = "{指標ID}_{指標名}_時系列.xlsx or {指標ID}_{指標名}_{YYYY}_地域別.xlsx (or .csv), "
            + "e.g. A1_第1号被保険者数_時系列.xlsx or δ1-c_医療介護連携_2023_地域別.csv";

    /**
     * Parses the last segment of {@code file} (a path relative to the input folder, {@code /}-separated).
     * Full-width digits, letters and parentheses are NFKC-normalised first.
     *
     * @throws InputFileException when the name fits neither form
     */
    public static ExportFileName parse(String file) {
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        String normalised = Normalizer.normalize(fileName, Normalizer.Form.NFKC).strip();
        Matcher m = NAME.matcher(normalised);
        if (!m.matches() || m.group("name").isBlank()) {
            throw new InputFileException(InputProblem.ofFile(file, "not a 見える化 export file name", fileName, EXPECTED));
        }
        boolean regional = m.group("regional") != null;
        return new ExportFileName(m.group("id"), m.group("name").strip(),
                regional ? ExportLayout.REGIONAL : ExportLayout.TIME_SERIES,
                regional ? Integer.valueOf(m.group("year")) : null,
                m.group("ext").toLowerCase(Locale.ROOT));
    }
}
