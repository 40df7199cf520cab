package jp.renkei.source.survey;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.TextDecoder;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks a survey codebook (YAML, described in docs/survey-codebook.md). The YAML is read as a
 * node tree, not bound to objects, so that every value keeps its line and is taken as the text the analyst
 * typed: {@code 2019-07} stays a period label, {@code 01} stays a code. Every mistake found is collected
 * and thrown together in one {@link CodebookException}.
 */
public final class CodebookLoader {

    /** The file name renkei looks for in every survey folder. */
    public static final String FILE_NAME = "codebook.yaml";

    /** No-answer marks when neither the survey nor the question says: blank, 99 and -1 (not 9: it is often a code). */
    public static final Set<String> DEFAULT_NO_ANSWER = Set.of("", "99", "-1");

    /** Option codes renkei itself uses for the rows of a published table that are not options. */
    public static final Set<String> RESERVED_CODES = Set.of("無回答", "無効");

    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$");
    private static final String QUESTION_TYPES = "SA, MA, numeric, free_text or date";
    private static final String MA_LAYOUTS = "flags, slots, codes_in_cell or labels_in_cell";

    private final String file;
    private final List<CodebookProblem> problems = new ArrayList<>();

    private CodebookLoader(String file) {
        this.file = file;
    }

    /**
     * Loads the codebook at {@code path}; {@code file} is its path relative to the input folder.
     *
     * @throws CodebookException listing every mistake
     * @throws InputFileException when the file cannot be read or decoded at all
     */
    public static Codebook load(Path path, String file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputFileException(InputProblem.ofFile(file, "cannot read the codebook", e.toString(), "a readable file"), e);
        }
        String text = TextDecoder.decode(file, bytes).text();
        return new CodebookLoader(file).parse(text);
    }

    /** Loads a codebook from text, as if read from {@code file}. */
    public static Codebook parse(String text, String file) {
        return new CodebookLoader(file).parse(text);
    }

    private Codebook parse(String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new CodebookException(List.of(new CodebookProblem(file, mark == null ? null : mark.getLine() + 1, "",
                    "not valid YAML", e.getProblem(), "YAML as described in docs/survey-codebook.md")));
        } catch (YAMLException e) {
            throw new CodebookException(List.of(new CodebookProblem(file, null, "", "not valid YAML", e.getMessage(),
                    "YAML as described in docs/survey-codebook.md")));
        }
        if (root == null) {
            throw new CodebookException(List.of(new CodebookProblem(file, null, "", "empty codebook", null,
                    "the sections survey, responses and questions")));
        }
        Map<String, Node> top = fields(root, "", Set.of("format", "survey", "responses", "demographics", "questions"),
                Set.of("survey", "responses", "questions"));
        if (top == null) {
            throw new CodebookException(problems);
        }
        if (top.containsKey("format")) {
            String format = text(top.get("format"), "format");
            if (format != null && !format.equals("1")) {
                problem(top.get("format"), "format", "unknown codebook format", format, "1");
            }
        }
        SurveyMeta survey = top.containsKey("survey") ? survey(top.get("survey")) : null;
        ResponseFileSpec responses = top.containsKey("responses") ? responses(top.get("responses")) : null;
        Set<String> surveyNoAnswer = responses == null ? DEFAULT_NO_ANSWER : responses.noAnswer();
        boolean inScope = responses == null || responses.noAnswerInScope();
        List<Demographic> demographics = top.containsKey("demographics")
                ? demographics(top.get("demographics"), surveyNoAnswer) : List.of();
        List<Question> questions = top.containsKey("questions")
                ? questions(top.get("questions"), surveyNoAnswer, inScope) : List.of();
        if (!problems.isEmpty()) {
            throw new CodebookException(problems);
        }
        return new Codebook(file, survey, responses, demographics, questions);
    }

    private SurveyMeta survey(Node node) {
        Map<String, Node> f = fields(node, "survey",
                Set.of("id", "name", "fielded", "target_population", "sample_size", "method", "region_code"),
                Set.of("id", "name", "fielded", "region_code"));
        if (f == null) {
            return null;
        }
        String id = id(f.get("id"), "survey.id");
        String name = text(f.get("name"), "survey.name");
        PeriodLabel fielded = period(f.get("fielded"), "survey.fielded");
        String target = text(f.get("target_population"), "survey.target_population");
        Integer sample = integer(f.get("sample_size"), "survey.sample_size", 1);
        String method = text(f.get("method"), "survey.method");
        String region = text(f.get("region_code"), "survey.region_code");
        if (region != null && !LocalGovCode.isValid(region)) {
            problem(f.get("region_code"), "survey.region_code", "not a 全国地方公共団体コード", region,
                    "6 digits with the check digit, in quotes (行田市: \"112062\")");
            region = null;
        }
        return new SurveyMeta(id, name, fielded, target, sample, method, region);
    }

    private ResponseFileSpec responses(Node node) {
        Map<String, Node> f = fields(node, "responses",
                Set.of("file", "sheet", "header_rows", "respondent_id", "no_answer", "no_answer_in_scope"),
                Set.of("file", "respondent_id"));
        if (f == null) {
            return null;
        }
        String responseFile = text(f.get("file"), "responses.file");
        if (responseFile != null) {
            String lower = responseFile.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx") || responseFile.contains("..")
                    || responseFile.startsWith("/")) {
                problem(f.get("file"), "responses.file", "not a response file name", responseFile,
                        "a .csv or .xlsx file name inside the survey folder");
            }
        }
        Integer headerRows = f.containsKey("header_rows") ? integer(f.get("header_rows"), "responses.header_rows", 1) : Integer.valueOf(1);
        if (headerRows != null && headerRows > 2) {
            problem(f.get("header_rows"), "responses.header_rows", "unsupported number of header rows",
                    headerRows.toString(), "1 or 2");
        }
        Set<String> noAnswer = f.containsKey("no_answer") ? tokens(f.get("no_answer"), "responses.no_answer") : DEFAULT_NO_ANSWER;
        boolean inScope = !f.containsKey("no_answer_in_scope") || bool(f.get("no_answer_in_scope"), "responses.no_answer_in_scope");
        return new ResponseFileSpec(responseFile, text(f.get("sheet"), "responses.sheet"),
                headerRows == null ? 1 : headerRows, text(f.get("respondent_id"), "responses.respondent_id"), noAnswer, inScope);
    }

    private List<Demographic> demographics(Node node, Set<String> surveyNoAnswer) {
        List<Demographic> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Node> items = list(node, "demographics");
        for (int i = 0; i < items.size(); i++) {
            String path = "demographics[" + i + "]";
            Node item = items.get(i);
            Map<String, Node> f = fields(item, path,
                    Set.of("id", "name", "role", "column", "column_prefix", "options", "bands", "no_answer"), Set.of("id", "name"));
            if (f == null) {
                continue;
            }
            String id = id(f.get("id"), path + ".id");
            if (id != null && !ids.add(id)) {
                problem(f.get("id"), path + ".id", "demographic id used twice", id, "an id no other demographic has");
            }
            String name = text(f.get("name"), path + ".name");
            if (name != null && !names.add(name)) {
                problem(f.get("name"), path + ".name", "demographic name used twice", name, "a name no other demographic has");
            }
            Demographic.Role role = f.containsKey("role") ? role(f.get("role"), path + ".role") : inferRole(name);
            Set<String> noAnswer = f.containsKey("no_answer") ? tokens(f.get("no_answer"), path + ".no_answer") : surveyNoAnswer;
            List<ChoiceOption> options = List.of();
            List<AgeBand> bands = List.of();
            if (f.containsKey("options") == f.containsKey("bands")) {
                problem(item, path, "a demographic needs either options or bands",
                        f.containsKey("options") ? "both" : null, "options (a coded column) or bands (a numeric column such as 年齢)");
            } else if (f.containsKey("options")) {
                options = options(f.get("options"), path + ".options", noAnswer);
            } else {
                bands = bands(f.get("bands"), path + ".bands");
            }
            result.add(new Demographic(id, name, role, singleColumn(item, f, path), options, bands, noAnswer));
        }
        return result;
    }

    /** 性別, 年齢/年代 and 地区 fill fixed columns of the respondent dimension without the analyst saying so. */
    private static Demographic.Role inferRole(String name) {
        if (name == null) {
            return Demographic.Role.OTHER;
        }
        if (name.contains("性別")) {
            return Demographic.Role.SEX;
        }
        if (name.contains("年齢") || name.contains("年代")) {
            return Demographic.Role.AGE;
        }
        return name.contains("地区") || name.contains("地域") ? Demographic.Role.DISTRICT : Demographic.Role.OTHER;
    }

    private Demographic.Role role(Node node, String path) {
        String s = text(node, path);
        if (s == null) {
            return Demographic.Role.OTHER;
        }
        return switch (s) {
            case "sex" -> Demographic.Role.SEX;
            case "age" -> Demographic.Role.AGE;
            case "district" -> Demographic.Role.DISTRICT;
            case "other" -> Demographic.Role.OTHER;
            default -> {
                problem(node, path, "unknown demographic role", s, "sex, age, district or other");
                yield Demographic.Role.OTHER;
            }
        };
    }

    /** Bands of a numeric demographic (年齢): ranges of whole years, none labelled 無回答. */
    private List<AgeBand> bands(Node node, String path) {
        return ranges(node, path, "band", true).stream()
                .map(r -> new AgeBand(r.label(), r.min().intValueExact(), r.max() == null ? null : r.max().intValueExact()))
                .toList();
    }

    /**
     * Labelled ranges {label, min, max} that share no value: the bands of a demographic ({@code noun} band, whole
     * numbers of at least 0, 無回答 reserved) or the bins of a numeric question (bin, any numbers).
     */
    private List<NumericBin> ranges(Node node, String path, String noun, boolean wholeYears) {
        List<NumericBin> ranges = new ArrayList<>();
        List<Node> items = list(node, path);
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            Map<String, Node> f = fields(items.get(i), p, Set.of("label", "min", "max"), Set.of("label", "min"));
            if (f == null) {
                continue;
            }
            String label = text(f.get("label"), p + ".label");
            BigDecimal min = bound(f.get("min"), p + ".min", wholeYears);
            BigDecimal max = f.containsKey("max") ? bound(f.get("max"), p + ".max", wholeYears) : null;
            if (label != null && (!labels.add(label) || wholeYears && label.equals(Demographic.NO_ANSWER_BAND))) {
                problem(f.get("label"), p + ".label", noun + " label used twice" + (wholeYears ? " or reserved" : ""), label,
                        "a label no other " + noun + " has" + (wholeYears ? ", other than " + Demographic.NO_ANSWER_BAND : ""));
            }
            if (min == null || f.containsKey("max") && max == null) {
                continue;
            }
            if (max != null && max.compareTo(min) < 0) {
                problem(f.get("max"), p + ".max", noun + " ends before it starts", max.toPlainString(),
                        "a number of at least " + min.toPlainString());
                continue;
            }
            for (NumericBin other : ranges) {
                boolean overlap = (other.max() == null || min.compareTo(other.max()) <= 0)
                        && (max == null || other.min().compareTo(max) <= 0);
                if (overlap) {
                    problem(items.get(i), p, noun + " overlaps " + noun + " " + other.label(),
                            min.toPlainString() + "-" + (max == null ? "" : max.toPlainString()), noun + "s that share no value");
                }
            }
            ranges.add(new NumericBin(label, min, max));
        }
        return ranges;
    }

    private BigDecimal bound(Node node, String path, boolean whole) {
        if (whole) {
            Integer v = integer(node, path, 0);
            return v == null ? null : BigDecimal.valueOf(v);
        }
        return decimal(node, path);
    }

    private List<Question> questions(Node node, Set<String> surveyNoAnswer, boolean surveyInScope) {
        List<Question> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> items = list(node, "questions");
        if (items.isEmpty() && node instanceof SequenceNode) {
            problem(node, "questions", "no questions", null, "at least one question");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "questions[" + i + "]";
            Node item = items.get(i);
            Map<String, Node> f = fields(item, path, Set.of("id", "number", "text", "type", "max_choices", "layout",
                    "column", "column_prefix", "columns", "block", "options", "no_answer", "no_answer_in_scope", "min", "max",
                    "separator", "bins"),
                    Set.of("id", "text", "type"));
            if (f == null) {
                continue;
            }
            String id = id(f.get("id"), path + ".id");
            if (id != null && !ids.add(id)) {
                problem(f.get("id"), path + ".id", "question id used twice", id, "an id no other question has");
            }
            QuestionType type = type(f.get("type"), path + ".type");
            Set<String> noAnswer = f.containsKey("no_answer") ? tokens(f.get("no_answer"), path + ".no_answer") : surveyNoAnswer;
            boolean inScope = f.containsKey("no_answer_in_scope") ? bool(f.get("no_answer_in_scope"), path + ".no_answer_in_scope")
                    : surveyInScope;
            if (type == null) {
                continue;
            }
            Integer maxChoices = null;
            if (f.containsKey("max_choices")) {
                if (type == QuestionType.MA) {
                    maxChoices = integer(f.get("max_choices"), path + ".max_choices", 1);
                } else {
                    problem(f.get("max_choices"), path + ".max_choices", "max_choices on a question that is not MA",
                            text(f.get("max_choices"), path), "max_choices only with type MA");
                }
            }
            AnswerLayout layout = layout(f, path, type);
            List<ChoiceOption> options = List.of();
            if (type == QuestionType.SA || type == QuestionType.MA) {
                if (f.containsKey("options")) {
                    options = options(f.get("options"), path + ".options", noAnswer);
                } else {
                    problem(item, path, "missing key options", null, "the options of an " + type.code() + " question");
                }
            } else if (f.containsKey("options")) {
                problem(f.get("options"), path + ".options", "options on a " + type.code() + " question", "options",
                        "options only with type SA or MA");
            }
            BigDecimal min = null;
            BigDecimal max = null;
            for (String bound : List.of("min", "max")) {
                if (!f.containsKey(bound)) {
                    continue;
                }
                if (type != QuestionType.NUMERIC) {
                    problem(f.get(bound), path + "." + bound, bound + " on a question that is not numeric",
                            text(f.get(bound), path), bound + " only with type numeric");
                    continue;
                }
                BigDecimal v = decimal(f.get(bound), path + "." + bound);
                if (bound.equals("min")) {
                    min = v;
                } else {
                    max = v;
                }
            }
            List<String> columns = new ArrayList<>();
            String block = columnsOf(f, path, layout, options.size(), columns);
            List<String> separators = List.of();
            if (f.containsKey("separator")) {
                if (layout == AnswerLayout.CODES_IN_CELL || layout == AnswerLayout.LABELS_IN_CELL) {
                    separators = separators(f.get("separator"), path + ".separator");
                } else {
                    problem(f.get("separator"), path + ".separator", "separator on a question whose answer is not in one cell",
                            describe(f.get("separator")), "separator only with layout codes_in_cell or labels_in_cell");
                }
            }
            List<NumericBin> bins = List.of();
            if (f.containsKey("bins")) {
                if (type == QuestionType.NUMERIC) {
                    bins = ranges(f.get("bins"), path + ".bins", "bin", false);
                } else {
                    problem(f.get("bins"), path + ".bins", "bins on a question that is not numeric", describe(f.get("bins")),
                            "bins only with type numeric");
                }
            }
            result.add(new Question(id, f.containsKey("number") ? text(f.get("number"), path + ".number") : id,
                    text(f.get("text"), path + ".text"), type, maxChoices, layout, columns, block, options, noAnswer,
                    inScope, min, max, separators, bins));
        }
        return result;
    }

    private QuestionType type(Node node, String path) {
        String s = text(node, path);
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
                problem(node, path, "unknown question type", s, QUESTION_TYPES);
                yield null;
            }
        };
    }

    private AnswerLayout layout(Map<String, Node> f, String path, QuestionType type) {
        if (type != QuestionType.MA) {
            if (f.containsKey("layout")) {
                String s = text(f.get("layout"), path + ".layout");
                if (s != null && !s.equals("single")) {
                    problem(f.get("layout"), path + ".layout", "layout on a " + type.code() + " question", s,
                            "no layout (one column holds the answer)");
                }
            }
            return AnswerLayout.SINGLE;
        }
        if (!f.containsKey("layout")) {
            problem(f.get("type"), path, "missing key layout", null, "the layout of an MA question: " + MA_LAYOUTS);
            return null;
        }
        String s = text(f.get("layout"), path + ".layout");
        for (AnswerLayout l : AnswerLayout.values()) {
            if (l != AnswerLayout.SINGLE && l.code().equals(s)) {
                return l;
            }
        }
        problem(f.get("layout"), path + ".layout", "unknown MA layout", s, MA_LAYOUTS);
        return null;
    }

    /** Fills {@code columns} from column/columns; returns the block, if one is named instead. */
    private String columnsOf(Map<String, Node> f, String path, AnswerLayout layout, int optionCount, List<String> columns) {
        int given = (f.containsKey("column") ? 1 : 0) + (f.containsKey("column_prefix") ? 1 : 0)
                + (f.containsKey("columns") ? 1 : 0) + (f.containsKey("block") ? 1 : 0);
        boolean single = f.containsKey("column") || f.containsKey("column_prefix");
        Node where = f.containsKey("column") ? f.get("column") : f.containsKey("column_prefix") ? f.get("column_prefix")
                : f.containsKey("columns") ? f.get("columns") : f.get("block");
        if (layout == null) {
            return null;
        }
        boolean several = layout == AnswerLayout.FLAGS || layout == AnswerLayout.SLOTS;
        String expected = several ? "columns (a list) or block (the header over the first column of the block)"
                : "column or column_prefix";
        if (given != 1 || several && single || !several && !single) {
            problem(where == null ? f.get("id") : where, path, given == 0 ? "no column given" : "wrong way of naming the columns",
                    given == 0 ? null : String.join(" and ", f.keySet().stream().filter(k -> k.startsWith("column") || k.equals("block")).toList()),
                    expected + " for layout " + layout.code());
            return null;
        }
        if (single) {
            columns.add(f.containsKey("column") ? text(f.get("column"), path + ".column")
                    : ColumnIndex.prefixReference(text(f.get("column_prefix"), path + ".column_prefix")));
            return null;
        }
        if (f.containsKey("block")) {
            return text(f.get("block"), path + ".block");
        }
        List<Node> items = list(f.get("columns"), path + ".columns");
        for (int i = 0; i < items.size(); i++) {
            String c = text(items.get(i), path + ".columns[" + i + "]");
            if (c != null) {
                columns.add(c);
            }
        }
        if (layout == AnswerLayout.FLAGS && items.size() != optionCount && optionCount > 0) {
            problem(f.get("columns"), path + ".columns", "flags need one column per option",
                    items.size() + " columns", optionCount + " columns, in the order of the options");
        }
        if (items.isEmpty()) {
            problem(f.get("columns"), path + ".columns", "no columns", null, "at least one column");
        }
        return null;
    }

    /** Options as a list of {code, label} or as a mapping code: label, in published order. */
    private List<ChoiceOption> options(Node node, String path, Set<String> noAnswer) {
        List<ChoiceOption> options = new ArrayList<>();
        List<Node[]> pairs = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String code = text(t.getKeyNode(), path);
                pairs.add(new Node[] {t.getKeyNode(), t.getValueNode()});
                paths.add(path + "." + code);
            }
        } else {
            List<Node> items = list(node, path);
            for (int i = 0; i < items.size(); i++) {
                String p = path + "[" + i + "]";
                Map<String, Node> f = fields(items.get(i), p, Set.of("code", "label", "other_text"), Set.of("code", "label"));
                if (f != null) {
                    pairs.add(new Node[] {f.get("code"), f.get("label"), f.get("other_text")});
                    paths.add(p);
                }
            }
        }
        if (pairs.isEmpty()) {
            problem(node, path, "no options", null, "at least one option");
        }
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            Node codeNode = pairs.get(i)[0];
            String raw = text(codeNode, paths.get(i) + ".code");
            String label = text(pairs.get(i)[1], paths.get(i) + ".label");
            if (raw == null || label == null) {
                continue;
            }
            String code = Cells.code(raw);
            if (code.isEmpty()) {
                problem(codeNode, paths.get(i) + ".code", "empty option code", raw, "a code such as 1");
            } else if (!codes.add(code)) {
                problem(codeNode, paths.get(i) + ".code", "option code used twice", raw, "a code no other option of the question has");
            } else if (noAnswer.contains(code)) {
                problem(codeNode, paths.get(i) + ".code", "option code is also a no-answer mark", raw,
                        "a code that is not in no_answer (" + describeTokens(noAnswer) + ")");
            } else if (RESERVED_CODES.contains(code)) {
                problem(codeNode, paths.get(i) + ".code", "reserved option code", raw, "a code other than 無回答 and 無効");
            }
            if (!labels.add(Cells.label(label))) {
                problem(pairs.get(i)[1], paths.get(i) + ".label", "option label used twice", label,
                        "a label no other option of the question has");
            }
            Node otherText = pairs.get(i).length > 2 ? pairs.get(i)[2] : null;
            boolean other = otherText != null && bool(otherText, paths.get(i) + ".other_text");
            if (other && options.stream().anyMatch(ChoiceOption::otherText)) {
                problem(otherText, paths.get(i) + ".other_text", "other_text on a second option", "true",
                        "other_text: true on one option of the question at most");
            }
            options.add(new ChoiceOption(code, label, other));
        }
        return options;
    }

    /** The column of a demographic: column, or column_prefix (a prefix of one header). */
    private String singleColumn(Node item, Map<String, Node> f, String path) {
        if (f.containsKey("column") == f.containsKey("column_prefix")) {
            problem(item, path, f.containsKey("column") ? "both column and column_prefix" : "missing key column", null,
                    "column (a header) or column_prefix (the start of one header)");
            return null;
        }
        return f.containsKey("column") ? text(f.get("column"), path + ".column")
                : ColumnIndex.prefixReference(text(f.get("column_prefix"), path + ".column_prefix"));
    }

    /** The separators of picks in one cell: one text or a list; spaces and line breaks are kept as written. */
    private List<String> separators(Node node, String path) {
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String s = scalar(items.get(i), node instanceof SequenceNode ? path + "[" + i + "]" : path);
            if (s == null) {
                continue;
            }
            if (s.isEmpty()) {
                problem(items.get(i), path, "empty separator", "\"\"", "a text such as \", \" or \"、\"");
            } else {
                result.add(s);
            }
        }
        return result;
    }

    /** A no-answer list: a list of marks or one mark; blank always means no answer and is added. */
    private Set<String> tokens(Node node, String path) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add("");
        if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                String t = scalar(seq.getValue().get(i), path + "[" + i + "]");
                if (t != null) {
                    tokens.add(Cells.code(t));
                }
            }
        } else {
            String t = scalar(node, path);
            if (t != null) {
                tokens.add(Cells.code(t));
            }
        }
        return tokens;
    }

    static String describeTokens(Set<String> tokens) {
        return String.join(", ", tokens.stream().map(t -> t.isEmpty() ? "blank" : t).sorted().toList());
    }

    private PeriodLabel period(Node node, String path) {
        String s = text(node, path);
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
            problem(node, path, "not a period", s, "a month or day such as 令和元年7月, 2019-07 or 2019-07-15");
            return null;
        }
    }

    // ---- node helpers: each records a problem and returns null when the node is not what is expected

    private Map<String, Node> fields(Node node, String path, Set<String> allowed, Set<String> required) {
        if (!(node instanceof MappingNode map)) {
            problem(node, path, "not a section of keys", describe(node), "keys " + String.join(", ", sorted(allowed)));
            return null;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (key == null || !allowed.contains(key)) {
                problem(t.getKeyNode(), keyPath == null ? path : keyPath, "unknown key", key,
                        "one of " + String.join(", ", sorted(allowed)));
            } else if (fields.put(key, t.getValueNode()) != null) {
                problem(t.getKeyNode(), keyPath, "key given twice", key, "each key once");
            }
        }
        for (String key : sorted(required)) {
            Node value = fields.get(key);
            if (value == null || value instanceof ScalarNode s && s.getValue().isBlank()) {
                problem(value == null ? node : value, path.isEmpty() ? key : path + "." + key, "missing key " + key, null,
                        "a value for " + key);
                fields.remove(key);
            }
        }
        return fields;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private List<Node> list(Node node, String path) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, path, "not a list", describe(node), "a list (lines starting with -)");
        return List.of();
    }

    private String scalar(Node node, String path) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(node, path, "not a single value", describe(node), "a single value");
        return null;
    }

    /** A non-blank single value, stripped; null (with a problem when present but wrong) otherwise. */
    private String text(Node node, String path) {
        if (node == null) {
            return null;
        }
        String s = scalar(node, path);
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String id(Node node, String path) {
        String s = text(node, path);
        if (s != null && !ID.matcher(s).matches()) {
            problem(node, path, "not a valid id", s, "letters, digits, _, - and . only, starting with a letter or digit");
            return null;
        }
        return s;
    }

    private Integer integer(Node node, String path, int least) {
        String s = text(node, path);
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
        problem(node, path, "not a whole number of at least " + least, s, "a whole number of at least " + least);
        return null;
    }

    private BigDecimal decimal(Node node, String path) {
        String s = text(node, path);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(Cells.code(s));
        } catch (NumberFormatException e) {
            problem(node, path, "not a number", s, "a number");
            return null;
        }
    }

    private boolean bool(Node node, String path) {
        String s = text(node, path);
        if ("true".equals(s)) {
            return true;
        }
        if (!"false".equals(s)) {
            problem(node, path, "not true or false", s, "true or false");
        }
        return false;
    }

    private static String describe(Node node) {
        return switch (node) {
            case null -> null;
            case ScalarNode s -> s.getValue();
            case SequenceNode s -> "a list";
            case MappingNode m -> "a section of keys";
            default -> node.getNodeId().toString();
        };
    }

    private void problem(Node node, String path, String what, String found, String expected) {
        Integer line = node == null ? null : node.getStartMark().getLine() + 1;
        problems.add(new CodebookProblem(file, line, path, what, found, expected));
    }
}
