package jp.renkei.source.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a codebook's options (of questions and demographics) and ranges (bands of a demographic, bins). */
final class ChoiceRules {

    private final CodebookProblems problems;
    private final CodebookValues values;

    ChoiceRules(CodebookProblems problems, CodebookValues values) {
        this.problems = problems;
        this.values = values;
    }

    /** Options as a list of {code, label} or as a mapping code: label, in published order. */
    List<ChoiceOption> options(String path, CodebookYaml.Options value, Set<String> noAnswer) {
        List<CodebookYaml.Option> entries = problems.list(path, value == null ? null : value.entries());
        boolean keyed = value != null && value.keyed();
        // a code written as a key is named options.<code>, at the key's line; in a list, options[i].code
        List<String> places = new ArrayList<>();
        List<CodebookYaml.Option> given = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = keyed ? path + "." + CodebookValues.text(entries.get(i).code()) : path + "[" + i + "]";
            if (keyed || problems.section(at, entries.get(i), CodebookYaml.Option.class, "code", "label")) {
                places.add(at);
                given.add(entries.get(i));
            }
        }
        if (given.isEmpty()) {
            problems.report(path, "no options", null, "at least one option");
        }
        List<ChoiceOption> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            CodebookYaml.Option entry = given.get(i);
            String at = places.get(i);
            String raw = CodebookValues.text(entry.code());
            String label = CodebookValues.text(entry.label());
            if (raw == null || label == null) {
                continue;
            }
            String code = Cells.code(raw);
            if (code.isEmpty()) {
                codeProblem(keyed, at, "empty option code", raw, "a code such as 1");
            } else if (!codes.add(code)) {
                codeProblem(keyed, at, "option code used twice", raw, "a code no other option of the question has");
            } else if (noAnswer.contains(code)) {
                codeProblem(keyed, at, "option code is also a no-answer mark", raw,
                        "a code that is not in no_answer (" + CodebookValues.describeTokens(noAnswer) + ")");
            } else if (CodebookLoader.RESERVED_CODES.contains(code)) {
                codeProblem(keyed, at, "reserved option code", raw, "a code other than 無回答 and 無効");
            }
            if (!labels.add(Cells.label(label))) {
                problems.report(keyed ? at : at + ".label", at + ".label", "option label used twice", label,
                        "a label no other option of the question has");
            }
            boolean other = !keyed && values.bool(at + ".other_text", entry.otherText(), false);
            if (other && options.stream().anyMatch(ChoiceOption::otherText)) {
                problems.report(at + ".other_text", "other_text on a second option", "true",
                        "other_text: true on one option of the question at most");
            }
            options.add(new ChoiceOption(code, label, other));
        }
        return options;
    }

    private void codeProblem(boolean keyed, String at, String what, String raw, String expected) {
        if (keyed) {
            problems.reportAtKey(at, at + ".code", what, raw, expected);
        } else {
            problems.report(at + ".code", what, raw, expected);
        }
    }

    /** Bands of a numeric demographic (年齢): ranges of whole years, none labelled 無回答. */
    List<AgeBand> bands(String path, List<CodebookYaml.Range> value) {
        return ranges(path, value, "band", true).stream()
                .map(r -> new AgeBand(r.label(), r.min().intValueExact(), r.max() == null ? null : r.max().intValueExact()))
                .toList();
    }

    /**
     * Labelled ranges {label, min, max} that share no value: the bands of a demographic ({@code noun} band, whole
     * numbers of at least 0, 無回答 reserved) or the bins of a numeric question (bin, any numbers).
     */
    List<NumericBin> ranges(String path, List<CodebookYaml.Range> value, String noun, boolean wholeYears) {
        List<NumericBin> ranges = new ArrayList<>();
        List<CodebookYaml.Range> items = problems.list(path, value);
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            CodebookYaml.Range range = items.get(i);
            if (!problems.section(p, range, CodebookYaml.Range.class, "label", "min")) {
                continue;
            }
            String label = CodebookValues.text(range.label());
            BigDecimal min = bound(p + ".min", range.min(), wholeYears);
            boolean hasMax = problems.has(p + ".max");
            BigDecimal max = hasMax ? bound(p + ".max", range.max(), wholeYears) : null;
            if (label != null && (!labels.add(label) || wholeYears && label.equals(Demographic.NO_ANSWER_BAND))) {
                problems.report(p + ".label", noun + " label used twice" + (wholeYears ? " or reserved" : ""), label,
                        "a label no other " + noun + " has" + (wholeYears ? ", other than " + Demographic.NO_ANSWER_BAND : ""));
            }
            if (min == null || hasMax && max == null) {
                continue;
            }
            if (max != null && max.compareTo(min) < 0) {
                problems.report(p + ".max", noun + " ends before it starts", max.toPlainString(),
                        "a number of at least " + min.toPlainString());
                continue;
            }
            for (NumericBin other : ranges) {
                boolean overlap = (other.max() == null || min.compareTo(other.max()) <= 0)
                        && (max == null || other.min().compareTo(max) <= 0);
                if (overlap) {
                    problems.report(p, noun + " overlaps " + noun + " " + other.label(),
                            min.toPlainString() + "-" + (max == null ? "" : max.toPlainString()), noun + "s that share no value");
                }
            }
            ranges.add(new NumericBin(label, min, max));
        }
        return ranges;
    }

    private BigDecimal bound(String path, String value, boolean whole) {
        if (whole) {
            Integer v = values.integer(path, value, 0);
            return v == null ? null : BigDecimal.valueOf(v);
        }
        return values.decimal(path, value);
    }
}
