package jp.renkei.source.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;

/**
 * Turns the cells of one question in one respondent's row into an {@link Answer}, whatever the layout, and
 * reports each cell it cannot read. A cell that cannot be read makes the answer invalid; the respondent and
 * the other answers are kept.
 */
final class AnswerParser {

    static final String INVALID_SUFFIX = "; answer marked invalid";
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,、;\\s]+");
    private static final Pattern LINES = Pattern.compile("\\R+");

    private final String file;
    /** Per option list (of a question or a demographic), its codes and label keys. */
    private final Map<List<ChoiceOption>, OptionLookup> lookups = new IdentityHashMap<>();
    /**
     * Every distinct answer once: answers repeat (an SA question has a handful of possible ones), and one instance
     * each keeps a survey of 100,000 respondents × 40 questions in a few megabytes.
     */
    private final Map<Answer, Answer> shared = new HashMap<>();

    AnswerParser(String file) {
        this.file = file;
    }

    /** One question's answer from its resolved columns. */
    Answer parse(Question q, List<ColumnIndex.Column> columns, SheetRow row, List<InputProblem> problems) {
        Answer a = switch (q.type()) {
            case NUMERIC -> numeric(q, columns.getFirst(), row, problems);
            case FREE_TEXT -> freeText(q, columns.getFirst(), row);
            case SA, MA -> choice(q, columns, row, problems);
        };
        if (a.text() != null) {
            return a;
        }
        Answer known = shared.putIfAbsent(a, a);
        return known == null ? a : known;
    }

    private Answer choice(Question q, List<ColumnIndex.Column> columns, SheetRow row, List<InputProblem> problems) {
        Set<String> picked = new LinkedHashSet<>();
        boolean unreadable = false;
        switch (q.layout()) {
            case SINGLE, CODES_IN_CELL, LABELS_IN_CELL -> {
                ColumnIndex.Column c = columns.getFirst();
                String raw = row.text(c.index());
                if (q.noAnswer().contains(Cells.code(raw))) {
                    return Answer.noAnswer(q.id());
                }
                List<String> items = q.layout() == AnswerLayout.LABELS_IN_CELL
                        ? LINES.splitAsStream(raw.strip()).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : resolve(q, raw).map(List::of).orElseGet(() -> splitCodes(raw)); // a label may itself hold 、
                for (String item : items) {
                    Optional<String> code = resolve(q, item);
                    if (code.isPresent()) {
                        picked.add(code.get());
                    } else {
                        unreadable = true;
                        problems.add(unknownOption(q, c, row, item));
                    }
                }
            }
            case FLAGS -> {
                for (int i = 0; i < columns.size(); i++) {
                    ColumnIndex.Column c = columns.get(i);
                    String v = Cells.code(row.text(c.index()));
                    if (v.equals("1")) {
                        picked.add(q.options().get(i).code());
                    } else if (!v.equals("0") && !q.noAnswer().contains(v)) {
                        unreadable = true;
                        problems.add(InputProblem.at(file, row.number(), c.describe(), "not a 0/1 flag" + INVALID_SUFFIX,
                                row.text(c.index()), "1 (chosen), 0 or blank (not chosen), or a no-answer mark ("
                                        + CodebookLoader.describeTokens(q.noAnswer()) + ")"));
                    }
                }
            }
            case SLOTS -> {
                for (ColumnIndex.Column c : columns) {
                    String raw = row.text(c.index());
                    if (q.noAnswer().contains(Cells.code(raw))) {
                        continue;
                    }
                    Optional<String> code = resolve(q, raw);
                    if (code.isPresent()) {
                        picked.add(code.get());
                    } else {
                        unreadable = true;
                        problems.add(unknownOption(q, c, row, raw));
                    }
                }
            }
        }
        List<String> codes = q.options().stream().map(ChoiceOption::code).filter(picked::contains).toList();
        if (unreadable) {
            return new Answer(q.id(), AnswerStatus.INVALID, codes, null, null);
        }
        if (codes.isEmpty()) {
            return Answer.noAnswer(q.id());
        }
        AnswerStatus status = codes.size() > q.pickLimit() ? AnswerStatus.OVER_SELECTED : AnswerStatus.ANSWERED;
        return new Answer(q.id(), status, codes, null, null);
    }

    private static List<String> splitCodes(String raw) {
        return LIST_SEPARATORS.splitAsStream(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The option a cell names, by code first, then by label. */
    private Optional<String> resolve(Question q, String raw) {
        return resolve(q.options(), raw);
    }

    Optional<String> resolve(List<ChoiceOption> options, String raw) {
        return lookups.computeIfAbsent(options, OptionLookup::new).resolve(raw);
    }

    private InputProblem unknownOption(Question q, ColumnIndex.Column c, SheetRow row, String item) {
        boolean labels = q.layout() == AnswerLayout.LABELS_IN_CELL;
        return InputProblem.at(file, row.number(), c.describe(),
                (labels ? "label" : "code") + " not in the option list of " + q.id() + INVALID_SUFFIX, item.strip(),
                optionList(q.options(), labels) + ", or a no-answer mark (" + CodebookLoader.describeTokens(q.noAnswer()) + ")");
    }

    static String optionList(List<ChoiceOption> options, boolean labelsFirst) {
        List<String> shown = new ArrayList<>();
        for (ChoiceOption o : options) {
            shown.add(labelsFirst ? o.label() + " (" + o.code() + ")" : o.code() + " (" + o.label() + ")");
        }
        return (labelsFirst ? "one of the labels " : "one of the codes ") + String.join(", ", shown);
    }

    private Answer numeric(Question q, ColumnIndex.Column c, SheetRow row, List<InputProblem> problems) {
        String raw = row.text(c.index());
        String v = Cells.code(raw).replace(",", "");
        if (q.noAnswer().contains(v)) {
            return Answer.noAnswer(q.id());
        }
        BigDecimal number;
        try {
            number = new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(InputProblem.at(file, row.number(), c.describe(), "not a number" + INVALID_SUFFIX, raw,
                    "a number, or a no-answer mark (" + CodebookLoader.describeTokens(q.noAnswer()) + ")"));
            return new Answer(q.id(), AnswerStatus.INVALID, List.of(), null, null);
        }
        if (q.min() != null && number.compareTo(q.min()) < 0 || q.max() != null && number.compareTo(q.max()) > 0) {
            problems.add(InputProblem.at(file, row.number(), c.describe(), "number out of range" + INVALID_SUFFIX, raw,
                    "a number from " + (q.min() == null ? "any" : q.min().toPlainString()) + " to "
                            + (q.max() == null ? "any" : q.max().toPlainString())));
            return new Answer(q.id(), AnswerStatus.INVALID, List.of(), number, null);
        }
        return new Answer(q.id(), AnswerStatus.ANSWERED, List.of(), number, null);
    }

    private static Answer freeText(Question q, ColumnIndex.Column c, SheetRow row) {
        String raw = row.text(c.index());
        if (q.noAnswer().contains(Cells.code(raw))) {
            return Answer.noAnswer(q.id());
        }
        return new Answer(q.id(), AnswerStatus.ANSWERED, List.of(), null, raw.strip());
    }
}
