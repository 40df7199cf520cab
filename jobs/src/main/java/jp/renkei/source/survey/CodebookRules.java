package jp.renkei.source.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.PeriodLabel;

/**
 * The rules of a codebook as a whole: its sections, the survey, the response file and the demographics; questions are
 * {@link QuestionRules}'. Every mistake is collected, in the order of the codebook's sections, and thrown together.
 */
final class CodebookRules {

    private final String file;
    private final CodebookProblems problems;
    private final CodebookValues values;
    private final ChoiceRules choices;

    private CodebookRules(String file, CodebookYamlReader.Read read) {
        this.file = file;
        this.problems = new CodebookProblems(file, read.places(), read.misfits());
        this.values = new CodebookValues(problems);
        this.choices = new ChoiceRules(problems, values);
    }

    /** @throws CodebookException listing every mistake */
    static Codebook check(CodebookYamlReader.Read read, String file) {
        return new CodebookRules(file, read).codebook(read.yaml());
    }

    private Codebook codebook(CodebookYaml yaml) {
        if (!problems.section("", yaml, CodebookYaml.class, "survey", "responses", "questions")) {
            throw new CodebookException(problems.all());
        }
        String format = CodebookValues.text(yaml.format());
        if (format != null && !format.equals("1")) {
            problems.report("format", "unknown codebook format", format, "1");
        }
        SurveyMeta survey = problems.has("survey") ? survey(yaml.survey()) : null;
        ResponseFileSpec responses = problems.has("responses") ? responses(yaml.responses()) : null;
        Set<String> surveyNoAnswer = responses == null ? CodebookLoader.DEFAULT_NO_ANSWER : responses.noAnswer();
        boolean inScope = responses == null || responses.noAnswerInScope();
        List<Demographic> demographics = problems.has("demographics")
                ? demographics(yaml.demographics(), surveyNoAnswer) : List.of();
        List<Question> questions = problems.has("questions")
                ? new QuestionRules(problems, values, choices).questions(yaml.questions(), surveyNoAnswer, inScope) : List.of();
        if (!problems.isEmpty()) {
            throw new CodebookException(problems.all());
        }
        return new Codebook(file, survey, responses, demographics, questions);
    }

    private SurveyMeta survey(CodebookYaml.Survey s) {
        if (!problems.section("survey", s, CodebookYaml.Survey.class, "id", "name", "fielded", "region_code")) {
            return null;
        }
        String id = values.id("survey.id", s.id());
        PeriodLabel fielded = values.period("survey.fielded", s.fielded());
        Integer sample = values.integer("survey.sample_size", s.sampleSize(), 1);
        String region = CodebookValues.text(s.regionCode());
        if (region != null && !LocalGovCode.isValid(region)) {
            problems.report("survey.region_code", "not a 全国地方公共団体コード", region,
                    "6 digits with the check digit, in quotes (行田市: \"112062\")");
            region = null;
        }
        return new SurveyMeta(id, CodebookValues.text(s.name()), fielded, CodebookValues.text(s.targetPopulation()), sample,
                CodebookValues.text(s.method()), region);
    }

    private ResponseFileSpec responses(CodebookYaml.Responses r) {
        if (!problems.section("responses", r, CodebookYaml.Responses.class, "file", "respondent_id")) {
            return null;
        }
        String responseFile = CodebookValues.text(r.file());
        if (responseFile != null) {
            String lower = responseFile.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx") || responseFile.contains("..")
                    || responseFile.startsWith("/")) {
                problems.report("responses.file", "not a response file name", responseFile,
                        "a .csv or .xlsx file name inside the survey folder");
            }
        }
        Integer headerRows = values.integer("responses.header_rows", r.headerRows(), 1);
        if (headerRows != null && headerRows > 2) {
            problems.report("responses.header_rows", "unsupported number of header rows", headerRows.toString(), "1 or 2");
        }
        Set<String> noAnswer = values.tokens("responses.no_answer", r.noAnswer(), CodebookLoader.DEFAULT_NO_ANSWER);
        boolean inScope = values.bool("responses.no_answer_in_scope", r.noAnswerInScope(), true);
        return new ResponseFileSpec(responseFile, CodebookValues.text(r.sheet()), headerRows == null ? 1 : headerRows,
                CodebookValues.text(r.respondentId()), noAnswer, inScope);
    }

    private List<Demographic> demographics(List<CodebookYaml.Demographic> value, Set<String> surveyNoAnswer) {
        List<Demographic> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<CodebookYaml.Demographic> items = problems.list("demographics", value);
        for (int i = 0; i < items.size(); i++) {
            String path = "demographics[" + i + "]";
            CodebookYaml.Demographic d = items.get(i);
            if (!problems.section(path, d, CodebookYaml.Demographic.class, "id", "name")) {
                continue;
            }
            String id = values.id(path + ".id", d.id());
            if (id != null && !ids.add(id)) {
                problems.report(path + ".id", "demographic id used twice", id, "an id no other demographic has");
            }
            String name = CodebookValues.text(d.name());
            if (name != null && !names.add(name)) {
                problems.report(path + ".name", "demographic name used twice", name, "a name no other demographic has");
            }
            Demographic.Role role = problems.has(path + ".role") ? role(path + ".role", d.role()) : inferRole(name);
            Set<String> noAnswer = values.tokens(path + ".no_answer", d.noAnswer(), surveyNoAnswer);
            List<ChoiceOption> options = List.of();
            List<AgeBand> bands = List.of();
            boolean hasOptions = problems.has(path + ".options");
            if (hasOptions == problems.has(path + ".bands")) {
                problems.report(path, "a demographic needs either options or bands", hasOptions ? "both" : null,
                        "options (a coded column) or bands (a numeric column such as 年齢)");
            } else if (hasOptions) {
                options = choices.options(path + ".options", d.options(), noAnswer);
            } else {
                bands = choices.bands(path + ".bands", d.bands());
            }
            result.add(new Demographic(id, name, role, singleColumn(path, d), options, bands, noAnswer));
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

    private Demographic.Role role(String path, String value) {
        String s = CodebookValues.text(value);
        if (s == null) {
            return Demographic.Role.OTHER;
        }
        return switch (s) {
            case "sex" -> Demographic.Role.SEX;
            case "age" -> Demographic.Role.AGE;
            case "district" -> Demographic.Role.DISTRICT;
            case "other" -> Demographic.Role.OTHER;
            default -> {
                problems.report(path, "unknown demographic role", s, "sex, age, district or other");
                yield Demographic.Role.OTHER;
            }
        };
    }

    /** The column of a demographic: column, or column_prefix (a prefix of one header). */
    private String singleColumn(String path, CodebookYaml.Demographic d) {
        boolean column = problems.has(path + ".column");
        if (column == problems.has(path + ".column_prefix")) {
            problems.report(path, column ? "both column and column_prefix" : "missing key column", null,
                    "column (a header) or column_prefix (the start of one header)");
            return null;
        }
        return column ? CodebookValues.text(d.column()) : ColumnIndex.prefixReference(CodebookValues.text(d.columnPrefix()));
    }
}
