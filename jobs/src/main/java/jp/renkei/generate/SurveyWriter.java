package jp.renkei.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.source.survey.AnswerLayout;
import jp.renkei.source.survey.QuestionType;

/**
 * surveys/generated-2024-07/: a citizen survey of N respondents × Q questions in the layout a vendor delivers
 * (the sample survey's): responses.csv in CP932 with CRLF, two header rows (the question number over the first
 * column of a block, sub-labels below), a No. column, MA as 0/1 flags, as slots, as codes in one cell (1,3,5 or
 * 1、3、5) or as labels one per line, 無回答 blank or coded 9; and the codebook.yaml that reads it. Rows are written
 * as they are drawn: memory stays at one row. Counts what it wrote, with the statuses the reader gives.
 */
final class SurveyWriter {

    private final SurveyDraws draws;
    private final List<SurveyQuestion> questions;
    private final GeneratorSettings settings;
    private final Region city;

    SurveyWriter(GeneratorSettings settings, RegionPlan plan) {
        this.settings = settings;
        this.questions = SurveyPlan.questions(settings.surveyQuestions());
        this.draws = new SurveyDraws(settings.seed(), questions);
        this.city = SurveyPlan.city(plan);
    }

    /** Writes the survey folder below {@code surveys}; returns what it wrote. */
    SurveyCounts write(Path surveys) throws IOException {
        Path dir = Files.createDirectories(surveys.resolve(SurveyPlan.FOLDER));
        Files.writeString(dir.resolve(SurveyPlan.CODEBOOK), SurveyCodebook.yaml(settings, questions, city));
        Tally tally = new Tally(questions);
        int respondents = settings.surveyRespondents();
        int idWidth = Math.max(4, Integer.toString(respondents).length());
        try (Writer out = TextFiles.cp932(dir.resolve(SurveyPlan.RESPONSES))) {
            header(out);
            StringBuilder row = new StringBuilder(1024);
            for (int r = 0; r < respondents; r++) {
                row.setLength(0);
                row(r, idWidth, row, tally);
                out.append(row);
            }
        }
        long bytes = Files.size(dir.resolve(SurveyPlan.CODEBOOK)) + Files.size(dir.resolve(SurveyPlan.RESPONSES));
        return tally.counts(city.code(), respondents, bytes);
    }

    private void header(Writer out) throws IOException {
        List<String> top = new ArrayList<>(List.of("No.", "問1", "問2", "問3"));
        List<String> sub = new ArrayList<>(List.of("", "性別", "年代", "地区"));
        for (SurveyQuestion q : questions) {
            for (int c = 0; c < q.columns(); c++) {
                top.add(c == 0 ? q.number() : "");
                sub.add(switch (q.layout()) {
                    case FLAGS -> Integer.toString(c + 1);
                    case SLOTS -> (c + 1) + "つ目";
                    default -> q.subLabel();
                });
            }
        }
        out.write(String.join(",", top) + "\r\n");
        out.write(String.join(",", sub) + "\r\n");
    }

    private void row(int r, int idWidth, StringBuilder row, Tally tally) {
        String id = Integer.toString(r + 1);
        row.repeat('0', idWidth - id.length()).append(id);
        int sex = draws.sex(r);
        int age = draws.age(r);
        int district = draws.district(r);
        row.append(',').append(code(sex)).append(',').append(code(age)).append(',').append(code(district));
        tally.band(0, sex);
        tally.band(1, age);
        tally.band(2, district);
        for (SurveyQuestion q : questions) {
            SurveyDraws.Drawn a = draws.answer(r, age, q);
            tally.answer(q, a);
            cells(r, q, a, row);
        }
        row.append("\r\n");
    }

    private static String code(int band) {
        return band == SurveyDraws.BLANK_BAND ? "" : Integer.toString(band + 1);
    }

    /** The question's cells, each preceded by its comma. */
    private void cells(int r, SurveyQuestion q, SurveyDraws.Drawn a, StringBuilder row) {
        switch (q.layout()) {
            case FLAGS -> {
                int next = 0;
                for (int o = 0; o < q.options().size(); o++) {
                    row.append(',');
                    if (!a.blank()) {
                        boolean picked = next < a.picks().length && a.picks()[next] == o;
                        row.append(picked ? '1' : '0');
                        next += picked ? 1 : 0;
                    }
                }
            }
            case SLOTS -> {
                for (int s = 0; s < q.slotColumns(); s++) {
                    row.append(',');
                    if (s < a.picks().length) {
                        row.append(a.picks()[s] + 1);
                    }
                }
            }
            case CODES_IN_CELL, LABELS_IN_CELL -> {
                row.append(',');
                StringBuilder cell = new StringBuilder();
                for (int p = 0; p < a.picks().length; p++) {
                    int o = a.picks()[p];
                    cell.append(p == 0 ? "" : q.separator())
                            .append(q.layout() == AnswerLayout.CODES_IN_CELL ? Integer.toString(o + 1) : q.options().get(o));
                }
                row.append(quoted(cell.toString()));
            }
            case SINGLE -> {
                row.append(',');
                if (a.blank()) {
                    row.append(q.noAnswerMark());
                } else if (q.type() == QuestionType.SA) {
                    row.append(a.picks()[0] + 1);
                } else if (q.type() == QuestionType.NUMERIC) {
                    String n = Integer.toString(a.number());
                    row.append(draws.fullWidth(r, q) ? fullWidth(n) : n);
                } else {
                    row.append(quoted(a.text()));
                }
            }
        }
    }

    /** As Excel saves a cell: quoted only when it holds a comma, a quote or a line break. */
    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String fullWidth(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            sb.append((char) ('０' + (digits.charAt(i) - '0')));
        }
        return sb.toString();
    }

    /** Counts answers by the status the survey reader will give them. */
    private static final class Tally {

        private final List<SurveyQuestion> questions;
        private final int[][] bands;
        private final int[] blankBands = new int[3];
        private final int[] answered;
        private final int[] overSelected;
        private final int[] noAnswer;
        private final int[][] picks;
        private final long[] sums;

        Tally(List<SurveyQuestion> questions) {
            this.questions = questions;
            this.bands = new int[][] {new int[SurveyPlan.SEX.size()], new int[SurveyPlan.AGE.size()],
                    new int[SurveyPlan.DISTRICTS.size()]};
            int n = questions.size();
            answered = new int[n];
            overSelected = new int[n];
            noAnswer = new int[n];
            picks = new int[n][];
            sums = new long[n];
            questions.forEach(q -> picks[q.index()] = new int[q.options().size()]);
        }

        void band(int demographic, int band) {
            if (band == SurveyDraws.BLANK_BAND) {
                blankBands[demographic]++;
            } else {
                bands[demographic][band]++;
            }
        }

        void answer(SurveyQuestion q, SurveyDraws.Drawn a) {
            int i = q.index();
            // an MA with nothing ticked is 無回答 to the reader, as a blank is
            if (a.blank() || q.isChoice() && a.picks().length == 0) {
                noAnswer[i]++;
                return;
            }
            for (int p : a.picks()) {
                picks[i][p]++;
            }
            sums[i] += a.number();
            if (a.picks().length > q.pickLimit()) {
                overSelected[i]++;
            } else {
                answered[i]++;
            }
        }

        SurveyCounts counts(String regionCode, int respondents, long bytes) {
            List<SurveyCounts.Item> demographics = new ArrayList<>();
            String[] ids = {"sex", "age", "district"};
            for (int d = 0; d < ids.length; d++) {
                demographics.add(new SurveyCounts.Item(ids[d], "demographic", respondents - blankBands[d], 0, blankBands[d],
                        java.util.Arrays.stream(bands[d]).boxed().toList(), 0));
            }
            List<SurveyCounts.Item> perQuestion = new ArrayList<>();
            long nonBlank = 0;
            for (SurveyQuestion q : questions) {
                int i = q.index();
                perQuestion.add(new SurveyCounts.Item(q.id(), q.type().code(), answered[i], overSelected[i], noAnswer[i],
                        java.util.Arrays.stream(picks[i]).boxed().toList(), sums[i]));
                nonBlank += answered[i] + overSelected[i];
            }
            return new SurveyCounts(SurveyPlan.SURVEY_ID, regionCode, respondents, questions.size(), nonBlank, bytes,
                    demographics, perQuestion);
        }
    }
}
