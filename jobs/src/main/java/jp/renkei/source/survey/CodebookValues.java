package jp.renkei.source.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.renkei.domain.PeriodLabel;

/**
 * Reads the codebook's texts as what they stand for (an id, a whole number, true or false, a period …), reporting
 * each text that is not, at its place. Blank means not given.
 */
final class CodebookValues {

    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$");

    private final CodebookProblems problems;

    CodebookValues(CodebookProblems problems) {
        this.problems = problems;
    }

    /** A non-blank value, stripped; null when blank or not given. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String id(String path, String value) {
        String s = text(value);
        if (s != null && !ID.matcher(s).matches()) {
            problems.report(path, "not a valid id", s, "letters, digits, _, - and . only, starting with a letter or digit");
            return null;
        }
        return s;
    }

    Integer integer(String path, String value, int least) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(Cells.code(s));
            if (v >= least) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.report(path, "not a whole number of at least " + least, s, "a whole number of at least " + least);
        return null;
    }

    BigDecimal decimal(String path, String value) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(Cells.code(s));
        } catch (NumberFormatException e) {
            problems.report(path, "not a number", s, "a number");
            return null;
        }
    }

    /** true or false as written; {@code otherwise} when the key is not given at all. */
    boolean bool(String path, String value, boolean otherwise) {
        if (!problems.has(path)) {
            return otherwise;
        }
        String s = text(value);
        if ("true".equals(s)) {
            return true;
        }
        if (!"false".equals(s)) {
            problems.report(path, "not true or false", s, "true or false");
        }
        return false;
    }

    PeriodLabel period(String path, String value) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        var iso = ISO_DATE.matcher(s.strip());
        String label = iso.matches()
                ? iso.group(1) + "年" + Integer.parseInt(iso.group(2)) + "月" + (iso.group(3) == null ? "" : Integer.parseInt(iso.group(3)) + "日")
                : s;
        try {
            return PeriodLabel.parse(label);
        } catch (IllegalArgumentException e) {
            problems.report(path, "not a period", s, "a month or day such as 令和元年7月, 2019-07 or 2019-07-15");
            return null;
        }
    }

    /** A no-answer list (marks, or one mark); blank always means no answer and is added. {@code otherwise} when not given. */
    Set<String> tokens(String path, List<String> value, Set<String> otherwise) {
        if (!problems.has(path)) {
            return otherwise;
        }
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add("");
        problems.drain(path);
        if (value != null) {
            value.forEach(t -> tokens.add(Cells.code(t)));
        }
        return tokens;
    }

    /** The separators of picks in one cell: one text or a list; spaces and line breaks are kept as written. */
    List<String> separators(String path, List<String> value) {
        boolean list = problems.isList(path);
        problems.drain(path);
        List<String> items = value == null ? List.of("") : value;
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = list ? path + "[" + i + "]" : path;
            if (items.get(i) == null && !problems.isBlank(at)) {
                continue; // a list or section there, reported as not a single value
            }
            String s = items.get(i) == null ? "" : items.get(i);
            if (s.isEmpty()) {
                problems.report(at, path, "empty separator", "\"\"",
                        "a text such as \", \" or \"、\"");
            } else {
                result.add(s);
            }
        }
        return result;
    }

    static String describeTokens(Set<String> tokens) {
        return String.join(", ", tokens.stream().map(t -> t.isEmpty() ? "blank" : t).sorted().toList());
    }
}
