package jp.renkei.source.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;
import jp.renkei.input.SheetTable;

/**
 * Reads a survey's response file (CSV in UTF-8, UTF-8 with BOM or CP932, or .xlsx) with its codebook: one
 * respondent per row below the header rows, handed on as it is read and not kept, so that a survey of a million
 * respondents needs no more memory than one of a hundred. Whole-file problems (unreadable file, a column the codebook
 * names but the header lacks) throw {@link InputFileException}; row problems are collected.
 */
public final class ResponsesReader {

    /** What a repeated respondent id's problem says: the row is set aside, and counted as a repeat, not a reject. */
    public static final String REPEAT = "respondent id repeats; row set aside as a repeat";
    /** What a demographic cell's problem says: the respondent is kept, in the demographic's 無回答 band. */
    static final String BAND_SUFFIX = " set to 無回答";

    private static final Pattern AGE = Pattern.compile("^(\\d{1,3})(?:歳|才)?$");

    private ResponsesReader() {
    }

    /**
     * @param path the response file
     * @param file its path relative to the input folder, as messages name it
     * @param each takes every respondent, in file order, as soon as its row is read
     */
    public static SurveyResponses read(Codebook codebook, Path path, String file, Consumer<RespondentAnswers> each) {
        ResponseFileSpec spec = codebook.responses();
        Rows rows = new Rows(codebook, file, each);
        // row by row: a large survey's cells are never all held at once, only each respondent's parsed answers
        String encoding = SheetTable.forEachRow(path, file, spec.sheet(), rows::accept);
        if (rows.read <= spec.headerRows()) {
            throw new InputFileException(InputProblem.ofFile(file, "no respondents",
                    rows.read + " row(s)", spec.headerRows() + " header row(s) and then one row per respondent"));
        }
        if (rows.questionColumns == null) {
            rows.resolveColumns(); // only blank rows below the header: the codebook's columns must still be there
        }
        return new SurveyResponses(file, encoding, rows.respondents, rows.problems, rows.records, rows.repeats);
    }

    /** The rows of one response file as they come: the header rows first, then one respondent each. */
    private static final class Rows {

        private final Codebook codebook;
        private final String file;
        private final AnswerParser parser;
        private final List<SheetRow> header = new ArrayList<>();
        private final Consumer<RespondentAnswers> each;
        private final List<InputProblem> problems = new ArrayList<>();
        private final IdFingerprints firstRowOfId = new IdFingerprints();
        /** Every respondent's bands once: there are only so many combinations of 性別, 年代 and 地区. */
        private final Map<Map<String, String>, Map<String, String>> sharedBands = new HashMap<>();
        private ColumnIndex.Column idColumn;
        private Map<Demographic, ColumnIndex.Column> demographicColumns;
        private Map<Question, List<ColumnIndex.Column>> questionColumns;
        private final boolean byRow;
        private int read;
        /** Respondents handed on. */
        private int respondents;
        /** Rows below the header that are not blank: the questionnaires the file holds. */
        private int records;
        /** Rows set aside because their respondent id repeats an earlier row's. */
        private int repeats;

        Rows(Codebook codebook, String file, Consumer<RespondentAnswers> each) {
            this.codebook = codebook;
            this.file = file;
            this.each = each;
            this.parser = new AnswerParser(file);
            this.byRow = codebook.responses().idByRow();
        }

        void accept(SheetRow row) {
            read++;
            if (read <= codebook.responses().headerRows()) {
                header.add(row);
                return;
            }
            if (row.isBlank()) {
                return;
            }
            records++;
            if (questionColumns == null) {
                resolveColumns();
            }
            String id = byRow ? file + "\u001frow " + row.number() : row.text(idColumn.index()).strip();
            if (id.isEmpty()) {
                problems.add(InputProblem.at(file, row.number(), idColumn.describe(), "respondent id is blank; row skipped",
                        "", "the respondent's id"));
                return;
            }
            // the raw id never goes into a message: rejects are stored, and ids must not be stored in clear
            int first = firstRowOfId.putIfAbsent(Cells.code(id), row.number());
            if (first != 0) {
                problems.add(InputProblem.at(file, row.number(), idColumn.describe(), REPEAT,
                        "the id of row " + first, "an id that no other row has"));
                repeats++;
                return;
            }
            Map<String, String> bands = new LinkedHashMap<>();
            demographicColumns.forEach((d, c) -> bands.put(d.id(), band(file, parser, d, c, row, problems)));
            Map<String, String> immutable = Map.copyOf(bands);
            Map<String, String> known = sharedBands.putIfAbsent(immutable, immutable);
            List<Answer> answers = new ArrayList<>(questionColumns.size());
            questionColumns.forEach((q, cs) -> answers.add(parser.parse(q, cs, row, problems)));
            respondents++;
            each.accept(new RespondentAnswers(row.number(), id, known == null ? immutable : known, answers));
        }

        /** Once the header rows are in: the columns the codebook names, or an error saying which is missing. */
        private void resolveColumns() {
            ColumnIndex index = ColumnIndex.of(file, header);
            List<InputProblem> missing = new ArrayList<>();
            if (!byRow) {
                idColumn = collect(missing, () -> index.resolve(codebook.responses().respondentIdColumn(), "responses.respondent_id"));
            }
            demographicColumns = new LinkedHashMap<>();
            for (int i = 0; i < codebook.demographics().size(); i++) {
                Demographic d = codebook.demographics().get(i);
                String where = "demographics[" + i + "].column";
                ColumnIndex.Column c = collect(missing, () -> index.resolve(d.column(), where));
                if (c != null) {
                    demographicColumns.put(d, c);
                }
            }
            questionColumns = new LinkedHashMap<>();
            for (int i = 0; i < codebook.questions().size(); i++) {
                Question q = codebook.questions().get(i);
                int at = i;
                List<ColumnIndex.Column> cs = collect(missing, () -> columnsOf(index, q, at, file));
                if (cs != null) {
                    questionColumns.put(q, cs);
                }
            }
            if (!missing.isEmpty()) {
                throw new ResponseColumnsException(missing);
            }
        }

        /** Every column problem of the codebook, not only the first. */
        private static <T> T collect(List<InputProblem> problems, java.util.function.Supplier<T> resolve) {
            try {
                return resolve.get();
            } catch (ResponseColumnsException e) {
                problems.addAll(e.problems());
                return null;
            } catch (InputFileException e) {
                problems.add(e.problem());
                return null;
            }
        }
    }

    private static List<ColumnIndex.Column> columnsOf(ColumnIndex index, Question q, int i, String file) {
        String where = "questions[" + i + "]";
        List<ColumnIndex.Column> columns;
        if (q.block() != null) {
            columns = index.block(q.block(), where + ".block");
        } else {
            columns = new ArrayList<>();
            for (int c = 0; c < q.columns().size(); c++) {
                columns.add(index.resolve(q.columns().get(c),
                        where + (q.layout() == AnswerLayout.FLAGS || q.layout() == AnswerLayout.SLOTS ? ".columns[" + c + "]" : ".column")));
            }
        }
        if (q.layout() == AnswerLayout.FLAGS && columns.size() != q.options().size()) {
            throw new InputFileException(InputProblem.ofFile(file,
                    "block " + q.block() + " (codebook " + where + ".block) has " + columns.size() + " columns, but "
                            + q.id() + " has " + q.options().size() + " options",
                    columns.size() + " columns " + columns.getFirst().letter() + "-" + columns.getLast().letter() + ": "
                            + String.join(", ", columns.stream().map(ColumnIndex.Column::describe).toList()),
                    "one flag column per option (an upper header cell that is blank, or only spaces and punctuation, "
                            + "carries the block name to the right)"));
        }
        return columns;
    }

    /** The band of a demographic cell: the option or age band it names, or 無回答. */
    private static String band(String file, AnswerParser parser, Demographic d, ColumnIndex.Column c, SheetRow row,
                               List<InputProblem> problems) {
        String raw = row.text(c.index());
        if (d.noAnswer().contains(Cells.code(raw))) {
            return Demographic.NO_ANSWER_BAND;
        }
        if (!d.options().isEmpty()) {
            Optional<String> code = parser.resolve(d.options(), raw);
            if (code.isPresent()) {
                return d.options().stream().filter(o -> o.code().equals(code.get())).findFirst().orElseThrow().label();
            }
            problems.add(InputProblem.at(file, row.number(), c.describe(),
                    "code not in the option list of " + d.id() + "; " + d.name() + BAND_SUFFIX, raw.strip(),
                    AnswerParser.optionList(d.options(), false) + ", or a no-answer mark ("
                            + CodebookLoader.describeTokens(d.noAnswer()) + ")"));
            return Demographic.NO_ANSWER_BAND;
        }
        var m = AGE.matcher(Cells.code(raw));
        if (m.matches()) {
            int age = Integer.parseInt(m.group(1));
            for (AgeBand b : d.bands()) {
                if (b.contains(age)) {
                    return b.label();
                }
            }
        }
        problems.add(InputProblem.at(file, row.number(), c.describe(),
                "not a value in the bands of " + d.id() + "; " + d.name() + BAND_SUFFIX, raw.strip(),
                "a whole number in one of the bands " + String.join(", ", d.bands().stream()
                        .map(b -> b.label() + " (" + b.min() + "-" + (b.max() == null ? "" : b.max()) + ")").toList())));
        return Demographic.NO_ANSWER_BAND;
    }
}
