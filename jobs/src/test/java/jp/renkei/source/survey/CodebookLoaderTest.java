package jp.renkei.source.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookLoaderTest {

    private static final String FILE = "surveys/x/codebook.yaml";

    private static List<String> problems(String yaml) {
        try {
            CodebookLoader.parse(yaml, FILE);
        } catch (CodebookException e) {
            return e.problems().stream().map(CodebookProblem::message).toList();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void theSampleCodebookLoads() {
        Codebook c = CodebookLoader.load(Path.of("input/surveys/gyoda-2019-07/codebook.yaml"), "surveys/gyoda-2019-07/codebook.yaml");

        assertThat(c.survey().id()).isEqualTo("gyoda-2019-07");
        assertThat(c.survey().fielded().key()).isEqualTo("M2019-07");
        assertThat(c.responses().headerRows()).isEqualTo(2);
        assertThat(c.demographics()).extracting(Demographic::role)
                .containsExactly(Demographic.Role.SEX, Demographic.Role.AGE, Demographic.Role.DISTRICT);
        Question q10 = c.question("Q10_2").orElseThrow();
        assertThat(q10.type()).isEqualTo(QuestionType.MA);
        assertThat(q10.pickLimit()).isEqualTo(3);
        assertThat(q10.block()).isEqualTo("問10(2)");
        assertThat(q10.options()).hasSize(11).first().isEqualTo(new ChoiceOption("1", "在宅医療・在宅介護の充実"));
        assertThat(c.question("Q4").orElseThrow().noAnswer()).containsExactlyInAnyOrder("", "9");
    }

    @Test
    void everyMistakeIsReportedWithLinePathFoundAndExpected() {
        assertThat(problems("""
                survey:
                  id: x
                  name: テスト
                  fielded: 令和元年13月
                  region_code: "112061"
                responses:
                  file: responses.txt
                  respondent_id: ID
                  header_rows: 3
                questions:
                  - id: Q1
                    text: 知っていますか
                    type: XA
                  - id: Q2
                    text: 重要な施策
                    type: MA
                    max_choices: 3
                    column: 問2
                    options:
                      - {code: 1, label: A}
                      - {code: 1, label: B}
                      - {code: 99, label: C}
                  - id: Q2
                    text: 人数
                    type: numeric
                    column: 問3
                    options: {1: a}
                    colour: red
                """)).containsExactly(
                FILE + " line 4 survey.fielded: not a period: found \"令和元年13月\", expected a month or day such as 令和元年7月, 2019-07 or 2019-07-15",
                FILE + " line 5 survey.region_code: not a 全国地方公共団体コード: found \"112061\", expected 6 digits with the check digit, in quotes (行田市: \"112062\")",
                FILE + " line 7 responses.file: not a response file name: found \"responses.txt\", expected a .csv or .xlsx file name inside the survey folder",
                FILE + " line 9 responses.header_rows: unsupported number of header rows: found \"3\", expected 1 or 2",
                FILE + " line 13 questions[0].type: unknown question type: found \"XA\", expected SA, MA, numeric, free_text or date",
                FILE + " line 16 questions[1]: missing key layout: found nothing, expected the layout of an MA question: flags, slots, codes_in_cell or labels_in_cell",
                FILE + " line 21 questions[1].options[1].code: option code used twice: found \"1\", expected a code no other option of the question has",
                FILE + " line 22 questions[1].options[2].code: option code is also a no-answer mark: found \"99\", expected a code that is not in no_answer (-1, 99, blank)",
                FILE + " line 28 questions[2].colour: unknown key: found \"colour\", expected one of bins, block, column, column_prefix, columns, id, layout, max, max_choices, min, no_answer, no_answer_in_scope, number, options, separator, text, type",
                FILE + " line 23 questions[2].id: question id used twice: found \"Q2\", expected an id no other question has",
                FILE + " line 27 questions[2].options: options on a numeric question: found \"options\", expected options only with type SA or MA");
    }

    @Test
    void missingSectionsAndBrokenYaml() {
        assertThat(problems("survey: {id: x}\n")).containsExactly(
                FILE + " line 1 questions: missing key questions: found nothing, expected a value for questions",
                FILE + " line 1 responses: missing key responses: found nothing, expected a value for responses",
                FILE + " line 1 survey.fielded: missing key fielded: found nothing, expected a value for fielded",
                FILE + " line 1 survey.name: missing key name: found nothing, expected a value for name",
                FILE + " line 1 survey.region_code: missing key region_code: found nothing, expected a value for region_code");
        assertThat(problems("survey: [unclosed\n")).hasSize(1).first().asString()
                .startsWith(FILE + " line 2: not valid YAML: found ");
    }

    @Test
    void theNewKeysAreCheckedToo() {
        assertThat(problems("""
                survey: {id: x, name: n, fielded: 2019-07, region_code: "112062"}
                responses: {file: r.csv, respondent_id: row}
                demographics:
                  - {id: age, name: 年代, column_prefix: 年齢, bands: [{label: 若年, min: 18, max: 39}, {label: 無回答, min: 40}]}
                questions:
                  - id: Q1
                    text: t
                    type: MA
                    layout: flags
                    block: 問1
                    separator: ", "
                    options:
                      - {code: 1, label: A, other_text: true}
                      - {code: 2, label: その他, other_text: yes}
                      - {code: 3, label: C, other_text: true}
                  - id: Q2
                    text: 人数
                    type: numeric
                    column_prefix: 人数
                    bins: [{label: 少, min: 1, max: 3}, {label: 多, min: 3}, {label: 逆, min: 9, max: 2.5}]
                  - {id: Q3, text: t, type: SA, column: a, column_prefix: a, options: {1: A}, bins: [{label: x, min: 1}]}
                """)).containsExactly(
                FILE + " line 4 demographics[0].bands[1].label: band label used twice or reserved: found \"無回答\", expected a label no other band has, other than 無回答",
                FILE + " line 14 questions[0].options[1].other_text: not true or false: found \"yes\", expected true or false",
                FILE + " line 15 questions[0].options[2].other_text: other_text on a second option: found \"true\", expected other_text: true on one option of the question at most",
                FILE + " line 11 questions[0].separator: separator on a question whose answer is not in one cell: found \", \", expected separator only with layout codes_in_cell or labels_in_cell",
                FILE + " line 20 questions[1].bins[1]: bin overlaps bin 少: found \"3-\", expected bins that share no value",
                FILE + " line 20 questions[1].bins[2].max: bin ends before it starts: found \"2.5\", expected a number of at least 9",
                FILE + " line 21 questions[2]: wrong way of naming the columns: found \"column and column_prefix\", expected column or column_prefix for layout single",
                FILE + " line 21 questions[2].bins: bins on a question that is not numeric: found \"a list\", expected bins only with type numeric");
    }

    @Test
    void flagsNeedOneColumnPerOption() {
        assertThatThrownBy(() -> CodebookLoader.parse("""
                survey: {id: x, name: n, fielded: 2019-07, region_code: "112062"}
                responses: {file: r.csv, respondent_id: ID}
                questions:
                  - {id: Q, text: t, type: MA, layout: flags, columns: [a, b], options: {1: A, 2: B, 3: C}}
                """, FILE)).hasMessage(FILE + " line 4 questions[0].columns: flags need one column per option: "
                + "found \"2 columns\", expected 3 columns, in the order of the options");
    }

    @Test
    void valuesStayTheTextTyped() {
        Codebook c = CodebookLoader.parse("""
                survey: {id: x, name: n, fielded: 2019-07, region_code: 112062, sample_size: 2000}
                responses: {file: r.csv, respondent_id: ID, no_answer: [null, 9.0, "-1"]}
                questions:
                  - {id: Q1, number: 1.10, text: t, type: SA, column: a, options: [{code: 01, label: A}, {code: 1, label: B}]}
                  - {id: Q2, text: t, type: SA, column: b, no_answer: 99, options: {01: A, 9: B, 1.0: C, true: D}}
                """, FILE);

        assertThat(c.survey().fielded().key()).isEqualTo("M2019-07");
        assertThat(c.survey().regionCode()).isEqualTo("112062");
        assertThat(c.survey().sampleSize()).isEqualTo(2000);
        assertThat(c.responses().noAnswer()).containsExactlyInAnyOrder("", "null", "9", "-1");
        Question q1 = c.question("Q1").orElseThrow();
        assertThat(q1.number()).isEqualTo("1.10");
        assertThat(q1.options()).extracting(ChoiceOption::code).containsExactly("01", "1");
        Question q2 = c.question("Q2").orElseThrow();
        assertThat(q2.options()).extracting(ChoiceOption::code).containsExactly("01", "9", "1", "true");
        assertThat(q2.noAnswer()).containsExactlyInAnyOrder("", "99");
    }

    @Test
    void syntaxErrorsKeysGivenTwiceAndWrongShapesHaveTheirLines() {
        assertThat(problems("survey:\n  id: x\n name: n\n")).containsExactly(
                FILE + " line 3: not valid YAML: found \"expected <block end>, but found '<block mapping start>'\", expected YAML as described in docs/survey-codebook.md");
        assertThat(problems("""
                survey: {id: x, name: n, fielded: 2019-07, region_code: "112062"}
                responses: {file: r.csv, respondent_id: ID}
                questions:
                  - id: Q1
                    text: [a, b]
                    type: SA
                    column: a
                    id: Q2
                    options: {1: A, 1: B, 2: [x]}
                  - {id: Q3, text: t, type: SA, column: a, options: [{code: 1, label: A}, x]}
                  - colour
                """)).containsExactly(
                FILE + " line 5 questions[0].text: not a single value: found \"a list\", expected a single value",
                FILE + " line 8 questions[0].id: key given twice: found \"id\", expected each key once",
                FILE + " line 9 questions[0].options.2.label: not a single value: found \"a list\", expected a single value",
                FILE + " line 9 questions[0].options.1.code: option code used twice: found \"1\", expected a code no other option of the question has",
                FILE + " line 10 questions[1].options[1]: not a section of keys: found \"x\", expected keys code, label, other_text",
                FILE + " line 11 questions[2]: not a section of keys: found \"colour\", expected keys bins, block, column, column_prefix, "
                        + "columns, id, layout, max, max_choices, min, no_answer, no_answer_in_scope, number, options, separator, text, type");
    }

    @Test
    void aCodebookIsOneDocumentWithoutAliases() {
        assertThat(problems("""
                survey: {id: x, name: n, fielded: 2019-07, region_code: "112062"}
                responses: {file: r.csv, respondent_id: ID}
                questions:
                  - {id: Q1, text: t, type: SA, column: a, options: &yn {1: はい, 2: いいえ}}
                  - {id: Q2, text: t, type: SA, column: b, options: *yn}
                """)).first().isEqualTo(FILE + " line 5 questions[1].options: an alias where a value belongs: found \"*yn\", "
                + "expected the value written out (anchors and aliases are not read)");
        assertThat(problems("survey: {id: x}\n---\nsurvey: {id: y}\n")).containsExactly(
                FILE + " line 3: not valid YAML: found \"but found another document\", expected YAML as described in docs/survey-codebook.md");
    }
}
