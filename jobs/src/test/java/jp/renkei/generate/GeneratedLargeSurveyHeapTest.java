package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.renkei.config.JvmFlags;
import jp.renkei.RenkeiMain;
import jp.renkei.testsupport.ChildJvm;
import jp.renkei.testsupport.DuckDbFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey step holds no respondent: a generated survey of 200,000 respondents × 40 questions loads in a child JVM
 * whose heap is fixed at {@value #HEAP}, where the reader that kept every respondent (about 0.5 KB each) ran out of
 * memory; every respondent, answer and free text arrives, and the published 全体 counts are the generator's.
 */
class GeneratedLargeSurveyHeapTest {

    static final int RESPONDENTS = 200_000;
    /** Too small for 200,000 respondents held at about 0.5 KB each beside what the load itself needs. */
    static final String HEAP = "128m";

    @TempDir
    Path tmp;

    @Test
    void aLargeSurveyLoadsInASmallFixedHeap() throws Exception {
        Path input = tmp.resolve("input");
        Path output = tmp.resolve("output");
        // the other sources as small as the generator allows: the survey is what is measured
        GeneratorManifest m = new InputGenerator(new GeneratorSettings(1, 3, 1, 1, 0, 1, RESPONDENTS, 40), s -> { })
                .generate(input);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        command.addAll(JvmFlags.required());
        command.addAll(List.of("-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp",
                ChildJvm.testClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                RenkeiMain.class.getName(), "load", "--input", input.toString(), "--output", output.toString(),
                "--run-date", "2026-11-24"));
        Path log = tmp.resolve("load.log");
        Process load = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(load.waitFor(20, TimeUnit.MINUTES)).as("the load ends").isTrue();
        assertThat(load.exitValue()).as("exit code of the load; its output:%n%s", Files.readString(log, StandardCharsets.UTF_8))
                .isZero();

        Path warehouse = output.resolve("warehouse.duckdb");
        SurveyCounts s = m.survey();
        String survey = " WHERE survey_id = '" + s.surveyId() + "'";
        String n = Integer.toString(RESPONDENTS);
        assertThat(DuckDbFiles.query(warehouse, "SELECT respondent_count FROM dim_survey" + survey)).containsExactly(List.of(n));
        assertThat(DuckDbFiles.query(warehouse, "SELECT count(*), count(DISTINCT respondent_key) FROM dim_survey_respondent"
                + survey)).containsExactly(List.of(n, n));
        assertThat(DuckDbFiles.query(warehouse, "SELECT count(*) FROM dim_survey_respondent_band" + survey))
                .containsExactly(List.of(Integer.toString(RESPONDENTS * 3)));

        List<List<String>> expected = new ArrayList<>();
        for (SurveyCounts.Item q : s.perQuestion()) {
            expected.add(List.of(q.id(), n, Integer.toString(q.answered()), Integer.toString(q.overSelected()),
                    Integer.toString(q.noAnswer())));
        }
        assertThat(DuckDbFiles.query(warehouse, """
                SELECT question_id, count(DISTINCT respondent_key),
                       count(DISTINCT respondent_key) FILTER (WHERE answer_status = 'answered'),
                       count(DISTINCT respondent_key) FILTER (WHERE answer_status = 'over_selected'),
                       count(DISTINCT respondent_key) FILTER (WHERE answer_status = 'no_answer')
                FROM fct_survey_answer JOIN dim_survey_question USING (survey_id, question_id)""" + survey
                + " GROUP BY question_id, question_order ORDER BY question_order")).containsExactlyElementsOf(expected);
        assertThat(DuckDbFiles.query(warehouse, "SELECT count(*) FROM fct_survey_free_text" + survey)).containsExactly(
                List.of(Integer.toString(s.perQuestion().stream().filter(q -> q.type().equals("free_text"))
                        .mapToInt(SurveyCounts.Item::nonBlank).sum())));

        // the published 全体 row of every option: the generator's picks of answers within the limit
        List<List<String>> picks = new ArrayList<>();
        for (SurveyCounts.Item q : s.perQuestion()) {
            if (q.type().equals("SA")) {
                for (int o = 0; o < q.picks().size(); o++) {
                    picks.add(List.of(q.id(), Integer.toString(o + 1), Integer.toString(q.picks().get(o))));
                }
            }
        }
        assertThat(picks).hasSizeGreaterThan(40);
        assertThat(DuckDbFiles.query(warehouse, "SELECT question_id, option_code, n_selected FROM fct_survey_result" + survey
                + " AND segment = '全体' AND question_id IN (SELECT question_id FROM dim_survey_question" + survey
                + " AND question_type = 'SA') AND option_code NOT IN ('無回答', '無効')")).containsExactlyInAnyOrderElementsOf(picks);
    }
}
