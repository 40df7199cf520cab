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
    /** Default separators of codes in a cell: commas (also ideographic and full width), semicolons, any white space. */
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[,，、;；\\s\u3000]+");
    /** Default separators of labels in a cell: commas (also ideographic and full width) and line breaks. */
    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[,，、]|\\R");
    /** A number followed by its anchor text, as scale answers come: 10 (ぜひ薦めたい). */
    static final Pattern ANCHORED = Pattern.compile("^([-+]?\\d+(?:\\.\\d+)?)\\s*\\(.*\\)$");

    private final String file;
    /** Per option list (of a question or a demographic), its codes and label keys. */
    private final Map<List<ChoiceOption>, OptionLookup> lookups = new IdentityHashMap<>();
    /**
     * Every distinct answer once: answers repeat (an SA question has a handful of possible ones), and one instance
     * each keeps a survey of 100,000 respondents × 40 questions in a few megabytes.
     */
    private final Map<Answer, Answer> shared = new HashMap<>();
    private final Map<List<String>, Pattern> separatorPatterns = new HashMap<>();

    AnswerParser(String file) {
        this.file = file;
    }

    /** One question's answer from its resolved columns. */
    Answer parse(Question q, List<ColumnIndex.Column> columns, SheetRow row, List<InputProblem> problems) {
        Answer a = switch (q.type()) {
            case NUMERIC -> numeric(q, columns.getFirst(), row, problems);
            case FREE_TEXT -> freeText(q, columns.getFirst(), row);
            case DATE -> date(q, columns.getFirst(), row, problems);
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
        List<String> words = new ArrayList<>();
        boolean unreadable = false;
        Optional<ChoiceOption> other = q.otherTextOption();
        switch (q.layout()) {
            case SINGLE, CODES_IN_CELL, LABELS_IN_CELL, SLOTS -> {
                boolean slots = q.layout() == AnswerLayout.SLOTS;
                for (ColumnIndex.Column c : columns) {
                    String raw = row.text(c.index());
                    if (q.noAnswer().contains(Cells.code(raw))) {
                        if (slots) {
                            continue;
                        }
                        return Answer.noAnswer(q.id());
                    }
                    List<String> unknown = new ArrayList<>();
                    for (String item : slots ? List.of(raw.strip()) : items(q, raw)) {
                        Optional<String> code = resolve(q, item);
                        if (code.isPresent()) {
                            picked.add(code.get());
                        } else {
                            unknown.add(item);
                        }
                    }
                    if (unknown.isEmpty()) {
                        continue;
                    }
                    if (other.isPresent()) {
                        // the respondent's own words in place of the その他 label: その他 is chosen, the words kept
                        picked.add(other.get().code());
                        words.add(String.join(", ", unknown));
                    } else {
                        unreadable = true;
                        unknown.forEach(item -> problems.add(unknownOption(q, c, row, item)));
                    }
                }
            }
            case FLAGS -> {
                for (int i = 0; i < columns.size(); i++) {
                    ColumnIndex.Column c = columns.get(i);
                    ChoiceOption option = q.options().get(i);
                    String raw = row.text(c.index());
                    String v = Cells.code(raw);
                    if (v.equals("1")) {
                        picked.add(option.code());
                    } else if (v.equals("0") || q.noAnswer().contains(v)) {
                        continue;
                    } else if (option.otherText()) {
                        picked.add(option.code()); // その他 with the respondent's words in place of 1
                        words.add(raw.strip());
                    } else {
                        unreadable = true;
                        problems.add(InputProblem.at(file, row.number(), c.describe(), "not a 0/1 flag" + INVALID_SUFFIX,
                                option.mayHoldWords() ? InputProblem.textOf(raw) : raw,
                                "1 (chosen), 0 or blank (not chosen), or a no-answer mark ("
                                        + CodebookLoader.describeTokens(q.noAnswer()) + ")"
                                        + (option.mayHoldWords() ? "; declare the option other_text: true if it holds words" : "")));
                    }
                }
            }
        }
        List<String> codes = q.options().stream().map(ChoiceOption::code).filter(picked::contains).toList();
        String text = words.isEmpty() ? null : String.join("\n", words);
        if (unreadable) {
            return new Answer(q.id(), AnswerStatus.INVALID, codes, null, text, null);
        }
        if (codes.isEmpty()) {
            return Answer.noAnswer(q.id());
        }
        AnswerStatus status = codes.size() > q.pickLimit() ? AnswerStatus.OVER_SELECTED : AnswerStatus.ANSWERED;
        return new Answer(q.id(), status, codes, null, text, null);
    }

    /**
     * The picks in one cell, split at the question's separators (a trailing one is ignored). A run of pieces that
     * together name an option is one pick: a label may itself hold a separator.
     */
    private List<String> items(Question q, String raw) {
        String cell = raw.strip();
        if (resolve(q, cell).isPresent()) {
            return List.of(cell);
        }
        Pattern separators = q.separators().isEmpty()
                ? q.layout() == AnswerLayout.LABELS_IN_CELL ? LABEL_SEPARATORS : CODE_SEPARATORS
                : separators(q.separators());
        List<int[]> pieces = new ArrayList<>();
        var m = separators.matcher(cell);
        int start = 0;
        while (m.find()) {
            pieces.add(new int[] {start, m.start()});
            start = m.end();
        }
        pieces.add(new int[] {start, cell.length()});
        List<String> items = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            int end = i;
            for (int j = pieces.size() - 1; j > i; j--) {
                if (resolve(q, cell.substring(pieces.get(i)[0], pieces.get(j)[1])).isPresent()) {
                    end = j;
                    break;
                }
            }
            String item = cell.substring(pieces.get(i)[0], pieces.get(end)[1]).strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
            i = end;
        }
        return items;
    }

    /** The codebook's separators, each also without its spaces, so that ", " splits "a, b," as well as "a, b, ". */
    private Pattern separators(List<String> given) {
        return separatorPatterns.computeIfAbsent(given, g -> {
            List<String> alternatives = new ArrayList<>();
            for (String s : g) {
                alternatives.add(Pattern.quote(s));
                if (!s.strip().isEmpty() && !s.strip().equals(s)) {
                    alternatives.add(Pattern.quote(s.strip()));
                }
            }
            return Pattern.compile(String.join("|", alternatives));
        });
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
                (labels ? "label" : "code") + " not in the option list of " + q.id() + INVALID_SUFFIX,
                q.mayHoldWords() ? InputProblem.textOf(item) : item.strip(),
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
        var anchored = ANCHORED.matcher(v);
        if (anchored.matches()) {
            v = anchored.group(1); // a scale answer with its anchor text: 10 (ぜひ薦めたい) is 10
        }
        BigDecimal number;
        try {
            number = new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(InputProblem.at(file, row.number(), c.describe(), "not a number" + INVALID_SUFFIX, raw,
                    "a number, or a no-answer mark (" + CodebookLoader.describeTokens(q.noAnswer()) + ")"));
            return new Answer(q.id(), AnswerStatus.INVALID, List.of(), null, null, null);
        }
        if (q.min() != null && number.compareTo(q.min()) < 0 || q.max() != null && number.compareTo(q.max()) > 0) {
            problems.add(InputProblem.at(file, row.number(), c.describe(), "number out of range" + INVALID_SUFFIX, raw,
                    "a number from " + (q.min() == null ? "any" : q.min().toPlainString()) + " to "
                            + (q.max() == null ? "any" : q.max().toPlainString())));
            return new Answer(q.id(), AnswerStatus.INVALID, List.of(), number, null, null);
        }
        return new Answer(q.id(), AnswerStatus.ANSWERED, List.of(), number, null, null);
    }

    /** A date as written (2022-06-30, 2022/6/30, with or without a time), or as an Excel serial number. */
    private Answer date(Question q, ColumnIndex.Column c, SheetRow row, List<InputProblem> problems) {
        String raw = row.text(c.index());
        String v = Cells.code(raw);
        if (q.noAnswer().contains(v)) {
            return Answer.noAnswer(q.id());
        }
        java.time.LocalDate date = ExcelDates.parse(v);
        if (date == null) {
            problems.add(InputProblem.at(file, row.number(), c.describe(), "not a date" + INVALID_SUFFIX, raw,
                    "a date such as 2022-06-30 or 2022/6/30 (a time after it is ignored), an Excel serial number such as "
                            + "44742.99561, or a no-answer mark (" + CodebookLoader.describeTokens(q.noAnswer()) + ")"));
            return new Answer(q.id(), AnswerStatus.INVALID, List.of(), null, null, null);
        }
        return new Answer(q.id(), AnswerStatus.ANSWERED, List.of(), null, null, date);
    }

    private static Answer freeText(Question q, ColumnIndex.Column c, SheetRow row) {
        String raw = row.text(c.index());
        if (q.noAnswer().contains(Cells.code(raw))) {
            return Answer.noAnswer(q.id());
        }
        return new Answer(q.id(), AnswerStatus.ANSWERED, List.of(), null, raw.strip(), null);
    }
}
