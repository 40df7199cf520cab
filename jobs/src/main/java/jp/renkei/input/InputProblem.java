package jp.renkei.input;

/**
 * One problem at one place of one input file. Every message renkei prints about bad input comes from
 * here, so that each names the file, the row and column, what was found and what was expected.
 *
 * @param file     path relative to the input folder, with {@code /} separators
 * @param row      1-based row as a spreadsheet or editor shows it, or {@code null} for the whole file
 * @param column   column name or letter, or {@code null} when the problem is not in one column
 * @param what     what is wrong, in a few words ("not a number", "unknown region name")
 * @param found    what the file held
 * @param expected what was expected instead
 * @param sheet    the workbook sheet the problem is on, or {@code null} (a CSV, or not about one sheet)
 */
public record InputProblem(String file, Integer row, String column, String what, String found, String expected,
        String sheet) {

    public InputProblem(String file, Integer row, String column, String what, String found, String expected) {
        this(file, row, column, what, found, expected, null);
    }

    /** {@code found} longer than this is cut (a 10 MB cell must not be copied into every message and reject). */
    public static final int FOUND_MAX_CHARS = 120;

    public InputProblem {
        file = LogText.escape(file);
        found = readable(found);
    }

    private static final java.util.regex.Pattern CUT = java.util.regex.Pattern.compile("(?s).{" + (FOUND_MAX_CHARS - 1)
            + "," + FOUND_MAX_CHARS + "}… \\([0-9,]+ characters\\)");

    /** The text cut to {@link #FOUND_MAX_CHARS} characters, saying how long it was. */
    public static String readable(String text) {
        if (text == null || text.length() <= FOUND_MAX_CHARS || CUT.matcher(text).matches()) {
            return text; // short, or cut already (a problem copied onto its sheet)
        }
        int end = FOUND_MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + String.format("%,d", text.length()) + " characters)";
    }

    public static InputProblem ofFile(String file, String what, String found, String expected) {
        return new InputProblem(file, null, null, what, found, expected);
    }

    public static InputProblem at(String file, int row, String column, String what, String found, String expected) {
        return new InputProblem(file, row, column, what, found, expected);
    }

    /** The same problem, placed on a workbook sheet ({@code null}: none, as for a CSV). */
    public InputProblem onSheet(String sheetName) {
        return new InputProblem(file, row, column, what, found, expected, sheetName);
    }


    /**
     * What a message says in place of a respondent's own words (free text, a その他 cell): their length, never the
     * words, which must not leave the warehouse file.
     */
    public static String textOf(String words) {
        String s = words == null ? "" : words.strip();
        return "text of " + s.codePointCount(0, s.length()) + " characters";
    }

    private static final java.util.regex.Pattern TEXT_OF = java.util.regex.Pattern.compile("^text of \\d+ characters$");

    /**
     * e.g. {@code indicators/a.csv row 5 column D (R1年): not a number: found "abc", expected a number}, or
     * {@code indicators/a.xlsx sheet 表形式（時系列） row 5 column E (R1年): …} for a workbook.
     */
    public String message() {
        StringBuilder m = new StringBuilder(file);
        if (sheet != null) {
            m.append(" sheet ").append(sheet);
        }
        if (row != null) {
            m.append(" row ").append(row);
        }
        if (column != null) {
            m.append(" column ").append(column);
        }
        m.append(": ").append(what);
        m.append(": found ").append(found == null ? "nothing" : TEXT_OF.matcher(found).matches() ? found : '"' + LogText.escape(found) + '"');
        m.append(", expected ").append(expected);
        return m.toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
