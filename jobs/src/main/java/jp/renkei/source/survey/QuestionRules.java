package jp.renkei.source.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules of a codebook's questions: types, MA layouts, where the answer is, and the keys each type takes. */
final class QuestionRules {

    private static final String QUESTION_TYPES = "SA, MA, numeric, free_text or date";
    private static final String MA_LAYOUTS = "flags, slots, codes_in_cell or labels_in_cell";
    private static final List<String> COLUMN_KEYS = List.of("column", "column_prefix", "columns", "block");

    private final CodebookProblems problems;
    private final CodebookValues values;
    private final ChoiceRules choices;

    QuestionRules(CodebookProblems problems, CodebookValues values, ChoiceRules choices) {
        this.problems = problems;
        this.values = values;
        this.choices = choices;
    }

    List<Question> questions(List<CodebookYaml.Question> value, Set<String> surveyNoAnswer, boolean surveyInScope) {
        List<Question> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<CodebookYaml.Question> items = problems.list("questions", value);
        if (items.isEmpty() && value != null) {
            problems.report("questions", "no questions", null, "at least one question");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "questions[" + i + "]";
            CodebookYaml.Question q = items.get(i);
            if (problems.section(path, q, CodebookYaml.Question.class, "id", "text", "type")) {
                Question question = question(path, q, ids, surveyNoAnswer, surveyInScope);
                if (question != null) {
                    result.add(question);
                }
            }
        }
        return result;
    }

    private Question question(String path, CodebookYaml.Question q, Set<String> ids, Set<String> surveyNoAnswer,
                              boolean surveyInScope) {
        String id = values.id(path + ".id", q.id());
        if (id != null && !ids.add(id)) {
            problems.report(path + ".id", "question id used twice", id, "an id no other question has");
        }
        QuestionType type = type(path + ".type", q.type());
        Set<String> noAnswer = values.tokens(path + ".no_answer", q.noAnswer(), surveyNoAnswer);
        boolean inScope = values.bool(path + ".no_answer_in_scope", q.noAnswerInScope(), surveyInScope);
        if (type == null) {
            return null;
        }
        Integer maxChoices = null;
        if (problems.has(path + ".max_choices")) {
            if (type == QuestionType.MA) {
                maxChoices = values.integer(path + ".max_choices", q.maxChoices(), 1);
            } else {
                problems.report(path + ".max_choices", "max_choices on a question that is not MA",
                        CodebookValues.text(q.maxChoices()), "max_choices only with type MA");
            }
        }
        AnswerLayout layout = layout(path, q, type);
        List<ChoiceOption> options = List.of();
        if (type == QuestionType.SA || type == QuestionType.MA) {
            if (problems.has(path + ".options")) {
                options = choices.options(path + ".options", q.options(), noAnswer);
            } else {
                problems.report(path, "missing key options", null, "the options of an " + type.code() + " question");
            }
        } else if (problems.has(path + ".options")) {
            problems.report(path + ".options", "options on a " + type.code() + " question", "options",
                    "options only with type SA or MA");
        }
        BigDecimal min = bound(path, "min", q.min(), type);
        BigDecimal max = bound(path, "max", q.max(), type);
        List<String> columns = new ArrayList<>();
        String block = columnsOf(path, q, layout, options.size(), columns);
        List<String> separators = List.of();
        if (problems.has(path + ".separator")) {
            if (layout == AnswerLayout.CODES_IN_CELL || layout == AnswerLayout.LABELS_IN_CELL) {
                separators = values.separators(path + ".separator", q.separator());
            } else {
                problems.report(path + ".separator", "separator on a question whose answer is not in one cell",
                        problems.found(path + ".separator"), "separator only with layout codes_in_cell or labels_in_cell");
            }
        }
        List<NumericBin> bins = List.of();
        if (problems.has(path + ".bins")) {
            if (type == QuestionType.NUMERIC) {
                bins = choices.ranges(path + ".bins", q.bins(), "bin", false);
            } else {
                problems.report(path + ".bins", "bins on a question that is not numeric", problems.found(path + ".bins"),
                        "bins only with type numeric");
            }
        }
        String number = problems.has(path + ".number") ? CodebookValues.text(q.number()) : id;
        return new Question(id, number, CodebookValues.text(q.text()), type, maxChoices, layout, columns, block, options,
                noAnswer, inScope, min, max, separators, bins);
    }

    /** min or max of a numeric question. */
    private BigDecimal bound(String path, String bound, String value, QuestionType type) {
        if (!problems.has(path + "." + bound)) {
            return null;
        }
        if (type != QuestionType.NUMERIC) {
            problems.report(path + "." + bound, bound + " on a question that is not numeric", CodebookValues.text(value),
                    bound + " only with type numeric");
            return null;
        }
        return values.decimal(path + "." + bound, value);
    }

    private QuestionType type(String path, String value) {
        String s = CodebookValues.text(value);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "sa" -> QuestionType.SA;
            case "ma" -> QuestionType.MA;
            case "numeric" -> QuestionType.NUMERIC;
            case "free_text" -> QuestionType.FREE_TEXT;
            case "date" -> QuestionType.DATE;
            default -> {
                problems.report(path, "unknown question type", s, QUESTION_TYPES);
                yield null;
            }
        };
    }

    private AnswerLayout layout(String path, CodebookYaml.Question q, QuestionType type) {
        String s = CodebookValues.text(q.layout());
        if (type != QuestionType.MA) {
            if (s != null && !s.equals("single")) {
                problems.report(path + ".layout", "layout on a " + type.code() + " question", s,
                        "no layout (one column holds the answer)");
            }
            return AnswerLayout.SINGLE;
        }
        if (!problems.has(path + ".layout")) {
            problems.report(path + ".type", path, "missing key layout", null, "the layout of an MA question: " + MA_LAYOUTS);
            return null;
        }
        for (AnswerLayout l : AnswerLayout.values()) {
            if (l != AnswerLayout.SINGLE && l.code().equals(s)) {
                return l;
            }
        }
        problems.report(path + ".layout", "unknown MA layout", s, MA_LAYOUTS);
        return null;
    }

    /** Fills {@code columns} from column/columns; returns the block, if one is named instead. */
    private String columnsOf(String path, CodebookYaml.Question q, AnswerLayout layout, int optionCount, List<String> columns) {
        List<String> given = problems.givenInOrder(path, COLUMN_KEYS);
        boolean single = given.contains("column") || given.contains("column_prefix");
        if (layout == null) {
            return null;
        }
        boolean several = layout == AnswerLayout.FLAGS || layout == AnswerLayout.SLOTS;
        String expected = several ? "columns (a list) or block (the header over the first column of the block)"
                : "column or column_prefix";
        if (given.size() != 1 || several && single || !several && !single) {
            // the place of the first key that names columns, in the order column, column_prefix, columns, block
            String where = COLUMN_KEYS.stream().filter(given::contains).findFirst().map(k -> path + "." + k).orElse(path + ".id");
            problems.report(where, path, given.isEmpty() ? "no column given" : "wrong way of naming the columns",
                    given.isEmpty() ? null : String.join(" and ", given), expected + " for layout " + layout.code());
            return null;
        }
        if (single) {
            String column = given.contains("column") ? CodebookValues.text(q.column())
                    : ColumnIndex.prefixReference(CodebookValues.text(q.columnPrefix()));
            String key = given.contains("column") ? "column" : "column_prefix";
            if (column != null) {
                columns.add(column);
            } else if (problems.isBlank(path + "." + key)) { // not a single value is reported as such
                problems.report(path + "." + key, "missing key " + key, null, "a value for " + key);
            }
            return null;
        }
        if (given.contains("block")) {
            return CodebookValues.text(q.block());
        }
        List<String> items = problems.list(path + ".columns", q.columns());
        for (String item : items) {
            String c = CodebookValues.text(item);
            if (c != null) {
                columns.add(c);
            }
        }
        if (layout == AnswerLayout.FLAGS && items.size() != optionCount && optionCount > 0) {
            problems.report(path + ".columns", "flags need one column per option", items.size() + " columns",
                    optionCount + " columns, in the order of the options");
        }
        if (items.isEmpty()) {
            problems.report(path + ".columns", "no columns", null, "at least one column");
        }
        return null;
    }
}
