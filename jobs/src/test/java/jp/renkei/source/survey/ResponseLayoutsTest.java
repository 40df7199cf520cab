package jp.renkei.source.survey;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.sheet;
import static jp.renkei.input.SpreadsheetFiles.write;
import static jp.renkei.input.SpreadsheetFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.renkei.normalise.survey.PreparedSurvey;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.normalise.survey.SurveyPreparation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same twelve questionnaires delivered in every layout renkei reads give the same facts and the same
 * published cells: flags in CP932 with two header rows, slots in UTF-8 with BOM, codes and labels in one
 * cell in UTF-8, labels one per line in an .xlsx with a numeric 年齢 banded by the codebook.
 */
class ResponseLayoutsTest {

    static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    /** id, sex code, age, Q1 code (null = 無回答), Q2 codes (MA-3), Q3 household size (null = 無回答), Q4 text. */
    record Questionnaire(String id, int sex, int age, Integer q1, List<Integer> q2, Integer q3, String q4) {
    }

    static final List<Questionnaire> DATA = List.of(
            new Questionnaire("01", 1, 25, 1, List.of(1, 2), 1, null),
            new Questionnaire("02", 1, 34, 1, List.of(1), 2, null),
            new Questionnaire("03", 1, 47, 2, List.of(1, 3), 3, "一行目\n二行目"),
            new Questionnaire("04", 1, 71, 1, List.of(2, 3, 4), 2, null),
            new Questionnaire("05", 1, 83, 2, List.of(), 1, null),
            new Questionnaire("06", 1, 36, 1, List.of(1, 2, 3, 4), 4, null),
            new Questionnaire("07", 2, 29, 1, List.of(1), 2, null),
            new Questionnaire("08", 2, 52, 2, List.of(2), 3, "在宅医療を知りたい"),
            new Questionnaire("09", 2, 68, 2, List.of(1, 2), null, null),
            new Questionnaire("10", 2, 75, null, List.of(3), 2, null),
            new Questionnaire("11", 2, 44, 2, List.of(1, 4), 1, null),
            new Questionnaire("12", 2, 90, 1, List.of(1, 2, 3), 5, null));

    static final String[] SEX = {"男", "女"};
    static final String[] AGE = {"39歳以下", "40～64歳", "65～74歳", "75歳以上"};
    static final String[] Q1 = {"はい", "いいえ"};
    static final String[] Q2 = {"在宅医療の充実", "介護施設の整備", "相談窓口の充実、周知", "移動の支援"};

    static int ageCode(int age) {
        return age < 40 ? 1 : age < 65 ? 2 : age < 75 ? 3 : 4;
    }

    /** The codebook, varying only where the layouts differ. */
    static String codebook(String file, int headerRows, String ageDefinition, String q1NoAnswer, String q2Layout) {
        return """
                survey:
                  id: test-survey
                  name: テスト調査
                  fielded: 2019-07
                  region_code: "112062"
                responses:
                  file: %s
                  header_rows: %d
                  respondent_id: ID
                demographics:
                  - id: sex
                    name: 性別
                    column: 性別
                    options: {1: 男, 2: 女}
                  - id: age
                    name: 年代
                    column: 年代
                %s
                questions:
                  - id: Q1
                    text: 在宅医療という言葉を知っていますか
                    type: SA
                    column: 問1
                    no_answer: %s
                    options: {1: はい, 2: いいえ}
                  - id: Q2
                    text: 重要な施策は（3つまで）
                    type: MA
                    max_choices: 3
                %s
                    options:
                      1: 在宅医療の充実
                      2: 介護施設の整備
                      3: 相談窓口の充実、周知
                      4: 移動の支援
                  - id: Q3
                    text: 同居している人数
                    type: numeric
                    column: 問3
                    min: 1
                  - id: Q4
                    text: ご意見
                    type: free_text
                    column: 問4
                """.formatted(file, headerRows, ageDefinition, q1NoAnswer, q2Layout);
    }

    static final String AGE_CODED = "    options:\n      1: 39歳以下\n      2: 40～64歳\n      3: 65～74歳\n      4: 75歳以上";

    static final String AGE_BANDED = "    bands:\n      - {label: 39歳以下, min: 18, max: 39}\n      - {label: 40～64歳, min: 40, max: 64}\n"
            + "      - {label: 65～74歳, min: 65, max: 74}\n      - {label: 75歳以上, min: 75}";

    static String csvLine(List<String> cells) {
        return cells.stream().map(c -> c.contains(",") || c.contains("\n") || c.contains("、")
                ? '"' + c + '"' : c).collect(Collectors.joining(",")) + "\r\n";
    }

    static String text(Integer v) {
        return v == null ? "" : v.toString();
    }

    /** Flags, CP932, two header rows; 無回答 of Q1 written as 9. */
    static PreparedSurvey flags(Path input) {
        StringBuilder s = new StringBuilder();
        s.append(csvLine(List.of("ID", "性別", "年代", "問1", "問2", "", "", "", "問3", "問4")));
        s.append(csvLine(List.of("", "", "", "", "1", "2", "3", "4", "", "")));
        for (Questionnaire q : DATA) {
            List<String> row = new ArrayList<>(List.of(q.id(), "" + q.sex(), "" + ageCode(q.age()), q.q1() == null ? "9" : "" + q.q1()));
            for (int o = 1; o <= 4; o++) {
                row.add(q.q2().contains(o) ? "1" : "0");
            }
            row.add(text(q.q3()));
            row.add(q.q4() == null ? "" : q.q4());
            s.append(csvLine(row));
        }
        return prepare(input, "flags", "responses.csv", csv(s.toString(), "windows-31j"),
                codebook("responses.csv", 2, AGE_CODED, "['', '9']", "    layout: flags\n    block: 問2"));
    }

    /** Slots holding codes, UTF-8 with BOM, one header row; 無回答 of Q1 written as 99. */
    static PreparedSurvey slots(Path input) {
        StringBuilder s = new StringBuilder();
        s.append(csvLine(List.of("ID", "性別", "年代", "問1", "問2_1", "問2_2", "問2_3", "問2_4", "問3", "問4")));
        for (Questionnaire q : DATA) {
            List<String> row = new ArrayList<>(List.of(q.id(), "" + q.sex(), "" + ageCode(q.age()), q.q1() == null ? "99" : "" + q.q1()));
            for (int slot = 0; slot < 4; slot++) {
                row.add(slot < q.q2().size() ? "" + q.q2().get(slot) : "");
            }
            row.add(text(q.q3()));
            row.add(q.q4() == null ? "" : q.q4());
            s.append(csvLine(row));
        }
        return prepare(input, "slots", "responses.csv", csv(s.toString(), "UTF-8 with BOM"),
                codebook("responses.csv", 1, AGE_CODED, "['', '99']", "    layout: slots\n    columns: [問2_1, 問2_2, 問2_3, 問2_4]"));
    }

    /** Codes listed in one cell (1、3 or 1,3), labels for the SA and demographics, UTF-8; 無回答 as -1. */
    static PreparedSurvey codesInCell(Path input) {
        StringBuilder s = new StringBuilder();
        s.append(csvLine(List.of("ID", "性別", "年代", "問1", "問2", "問3", "問4")));
        int n = 0;
        for (Questionnaire q : DATA) {
            String separator = n++ % 2 == 0 ? "," : "、";
            s.append(csvLine(List.of(q.id(), SEX[q.sex() - 1], AGE[ageCode(q.age()) - 1], q.q1() == null ? "-1" : Q1[q.q1() - 1],
                    q.q2().stream().map(String::valueOf).collect(Collectors.joining(separator)), text(q.q3()),
                    q.q4() == null ? "" : q.q4())));
        }
        return prepare(input, "codes", "responses.csv", csv(s.toString(), "UTF-8"),
                codebook("responses.csv", 1, AGE_CODED, "['', '-1']", "    layout: codes_in_cell\n    column: 問2"));
    }

    /** Labels one per line in one cell, an .xlsx with numbers as numbers and 年齢 in years. */
    static PreparedSurvey labelsInCell(Path input) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"ID", "性別", "年代", "問1", "問2", "問3", "問4"});
        for (Questionnaire q : DATA) {
            rows.add(new Object[] {q.id(), q.sex(), q.age(), q.q1(),
                    q.q2().stream().map(c -> Q2[c - 1]).collect(Collectors.joining("\n")), q.q3(), q.q4()});
        }
        return prepare(input, "labels", "responses.xlsx", xlsx(sheet("回答", rows.toArray(Object[][]::new))),
                codebook("responses.xlsx", 1, AGE_BANDED, "['']", "    layout: labels_in_cell\n    column: 問2"));
    }

    static PreparedSurvey prepare(Path input, String survey, String responseFile, byte[] responses, String codebook) {
        Path dir = input.resolve("surveys").resolve(survey);
        write(dir, responseFile, responses);
        write(dir, "codebook.yaml", codebook.getBytes(StandardCharsets.UTF_8));
        return SurveyPreparation.prepare(input, dir, KEY, new SuppressionRule(3));
    }

    @Test
    void everyLayoutGivesTheSameFactsAndResults(@TempDir Path input) {
        PreparedSurvey flags = flags(input);
        List<PreparedSurvey> others = List.of(slots(input), codesInCell(input), labelsInCell(input));

        assertThat(flags.encoding()).isEqualTo("windows-31j");
        assertThat(others).extracting(PreparedSurvey::encoding).containsExactly("UTF-8 with BOM", "UTF-8", "xlsx");
        assertThat(flags.problems()).isEmpty();
        assertThat(flags.facts().respondents()).hasSize(12);
        assertThat(flags.facts().answers()).hasSize(59);
        assertThat(flags.facts().freeTexts()).extracting(t -> t.answerText()).containsExactly("一行目\n二行目", "在宅医療を知りたい");
        for (PreparedSurvey other : others) {
            assertThat(other.problems()).isEmpty();
            assertThat(other.facts().respondents()).isEqualTo(flags.facts().respondents());
            assertThat(other.facts().bands()).isEqualTo(flags.facts().bands());
            assertThat(other.facts().answers()).isEqualTo(flags.facts().answers());
            assertThat(other.facts().freeTexts()).isEqualTo(flags.facts().freeTexts());
            assertThat(other.results()).isEqualTo(flags.results());
        }
    }

    @Test
    void factsHoldOneRowPerChosenOptionAndOnePerUnansweredQuestion(@TempDir Path input) {
        PreparedSurvey survey = flags(input);
        String first = survey.facts().respondents().getFirst().respondentKey();

        assertThat(survey.facts().answers()).filteredOn(a -> a.respondentKey().equals(first))
                .extracting(a -> a.questionId() + ":" + a.optionCode() + ":" + a.answerStatus() + ":" + a.pickCount() + ":" + a.numericValue())
                .containsExactly("Q1:1:answered:1:null", "Q2:1:answered:2:null", "Q2:2:answered:2:null",
                        "Q3:null:answered:0:1.0", "Q4:null:no_answer:0:null");
        assertThat(survey.facts().answers()).filteredOn(a -> a.questionId().equals("Q2") && !a.answerStatus().equals("answered"))
                .extracting(a -> a.optionCode() + ":" + a.answerStatus() + ":" + a.pickCount())
                .containsExactly("null:no_answer:0", "1:over_selected:4", "2:over_selected:4", "3:over_selected:4",
                        "4:over_selected:4");
        assertThat(survey.facts().respondents()).extracting(r -> r.sex() + "/" + r.ageBand() + "/" + r.district())
                .startsWith("男/39歳以下/null", "男/39歳以下/null", "男/40～64歳/null");
        assertThat(survey.facts().survey().periodKey()).isEqualTo("M2019-07");
        assertThat(survey.facts().answers()).allSatisfy(a -> assertThat(a.regionCode()).isEqualTo("112062"));
    }

    @Test
    void noRawIdIsKept(@TempDir Path input) {
        PreparedSurvey survey = flags(input);

        assertThat(survey.facts().respondents()).allSatisfy(r -> assertThat(r.respondentKey()).hasSize(64).doesNotContain(" "));
        assertThat(survey.facts().respondents()).extracting(r -> r.respondentKey()).doesNotHaveDuplicates()
                .noneMatch(k -> DATA.stream().anyMatch(q -> k.equals(q.id())));
    }
}
