package jp.renkei.source.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;
import jp.renkei.input.SheetTable;

/**
 * Reads a survey's response file (CSV in UTF-8, UTF-8 with BOM or CP932, or .xlsx) with its codebook: one
 * respondent per row below the header rows. Whole-file problems (unreadable file, a column the codebook
 * names but the header lacks) throw {@link InputFileException}; row problems are collected.
 */
public final class ResponsesReader {

    private static final Pattern AGE = Pattern.compile("^(\\d{1,3})(?:歳|才)?$");

    private ResponsesReader() {
    }

    /**
     * @param path the response file
     * @param file its path relative to the input folder, as messages name it
     */
    public static SurveyResponses read(Codebook codebook, Path path, String file) {
        ResponseFileSpec spec = codebook.responses();
        SheetTable table = SheetTable.read(path, file, spec.sheet());
        List<SheetRow> rows = table.rows();
        if (rows.size() <= spec.headerRows()) {
            throw new InputFileException(InputProblem.ofFile(file, "no respondents",
                    rows.size() + " row(s)", spec.headerRows() + " header row(s) and then one row per respondent"));
        }
        ColumnIndex index = ColumnIndex.of(file, rows.subList(0, spec.headerRows()));
        ColumnIndex.Column idColumn = index.resolve(spec.respondentIdColumn(), "responses.respondent_id");
        Map<Demographic, ColumnIndex.Column> demographicColumns = new LinkedHashMap<>();
        for (int i = 0; i < codebook.demographics().size(); i++) {
            Demographic d = codebook.demographics().get(i);
            demographicColumns.put(d, index.resolve(d.column(), "demographics[" + i + "].column"));
        }
        Map<Question, List<ColumnIndex.Column>> questionColumns = new LinkedHashMap<>();
        for (int i = 0; i < codebook.questions().size(); i++) {
            questionColumns.put(codebook.questions().get(i), columnsOf(index, codebook.questions().get(i), i, file));
        }

        AnswerParser parser = new AnswerParser(file);
        List<RespondentAnswers> respondents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (SheetRow row : rows.subList(spec.headerRows(), rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String id = row.text(idColumn.index()).strip();
            if (id.isEmpty()) {
                problems.add(InputProblem.at(file, row.number(), idColumn.describe(), "respondent id is blank; row skipped",
                        "", "the respondent's id"));
                continue;
            }
            // the raw id never goes into a message: rejects are stored, and ids must not be stored in clear
            Integer first = firstRowOfId.putIfAbsent(Cells.code(id), row.number());
            if (first != null) {
                problems.add(InputProblem.at(file, row.number(), idColumn.describe(), "respondent id repeats; row skipped",
                        "the id of row " + first, "an id that no other row has"));
                continue;
            }
            Map<String, String> bands = new LinkedHashMap<>();
            demographicColumns.forEach((d, c) -> bands.put(d.id(), band(file, d, c, row, problems)));
            List<Answer> answers = new ArrayList<>();
            questionColumns.forEach((q, cs) -> answers.add(parser.parse(q, cs, row, problems)));
            respondents.add(new RespondentAnswers(row.number(), id, bands, answers));
        }
        return new SurveyResponses(file, table.encoding(), respondents, problems);
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
                    columns.size() + " columns " + columns.getFirst().letter() + "-" + columns.getLast().letter(),
                    "one flag column per option"));
        }
        return columns;
    }

    /** The band of a demographic cell: the option or age band it names, or 無回答. */
    private static String band(String file, Demographic d, ColumnIndex.Column c, SheetRow row, List<InputProblem> problems) {
        String raw = row.text(c.index());
        if (d.noAnswer().contains(Cells.code(raw))) {
            return Demographic.NO_ANSWER_BAND;
        }
        if (!d.options().isEmpty()) {
            Optional<String> code = AnswerParser.resolve(d.options(), raw);
            if (code.isPresent()) {
                return d.options().stream().filter(o -> o.code().equals(code.get())).findFirst().orElseThrow().label();
            }
            problems.add(InputProblem.at(file, row.number(), c.describe(),
                    "code not in the option list of " + d.id() + "; " + d.name() + " set to 無回答", raw.strip(),
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
                "not a value in the bands of " + d.id() + "; " + d.name() + " set to 無回答", raw.strip(),
                "a whole number in one of the bands " + String.join(", ", d.bands().stream()
                        .map(b -> b.label() + " (" + b.min() + "-" + (b.max() == null ? "" : b.max()) + ")").toList())));
        return Demographic.NO_ANSWER_BAND;
    }
}
