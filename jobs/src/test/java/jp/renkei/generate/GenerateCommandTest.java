package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.cli.RenkeiCommand;
import jp.renkei.input.TextDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `renkei generate` on the command line: the options reach the generator, bad sizes are usage errors. */
class GenerateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheFolderAndItsManifest() throws Exception {
        int exit = RenkeiCommand.commandLine().execute("generate", "--output", tmp.resolve("in").toString(), "--seed", "5",
                "--municipalities", "12", "--indicators", "3", "--years", "2", "--xlsx-share", "0.34",
                "--series-per-indicator", "1", "--survey-respondents", "25", "--survey-questions", "7");
        assertThat(exit).isZero();
        String manifest = Files.readString(tmp.resolve("in").resolve(GeneratorManifest.FILE));
        assertThat(manifest).contains("\"municipalities\": 12", "\"indicatorsXlsx\": 1",
                "\"indicatorValues\": {\"total\": " + (3 * (1 + 47 + 12) * 2), "\"surveyRespondents\": 25",
                "\"surveyQuestions\": 7", "\"respondents\": 25, \"questions\": 7");
        assertThat(Files.readAllLines(tmp.resolve("in/surveys/generated-2024-07/responses.csv"), TextDecoder.CP932))
                .hasSizeGreaterThanOrEqualTo(2 + 25).element(2).asString().startsWith("0001,");
        try (var files = Files.list(tmp.resolve("in/indicators"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(3).allMatch(n -> n.matches(".+_.+_時系列( \\(2\\))?\\.(csv|xlsx)"));
        }
    }

    @Test
    void aSizeOutOfRangeIsAUsageError() {
        CommandLine cli = RenkeiCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("generate", "--output", tmp.resolve("x").toString(), "--years", "99")).isEqualTo(2);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void noSurveyAndASurveyOutOfRange() throws Exception {
        assertThat(RenkeiCommand.commandLine().execute("generate", "--output", tmp.resolve("none").toString(),
                "--municipalities", "3", "--indicators", "1", "--years", "1", "--survey-respondents", "0")).isZero();
        assertThat(tmp.resolve("none/surveys")).doesNotExist();
        assertThat(Files.readString(tmp.resolve("none").resolve(GeneratorManifest.FILE))).contains("\"survey\": null");

        CommandLine cli = RenkeiCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("generate", "--output", tmp.resolve("x").toString(), "--survey-questions", "0")).isEqualTo(2);
        assertThat(cli.execute("generate", "--output", tmp.resolve("x").toString(), "--survey-respondents", "-1")).isEqualTo(2);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void helpListsTheSizes() {
        StringWriter help = new StringWriter();
        CommandLine cli = RenkeiCommand.commandLine();
        cli.setOut(new PrintWriter(help));
        assertThat(cli.execute("generate", "--help")).isZero();
        assertThat(help.toString()).contains("--seed", "--municipalities", "--indicators", "--years", "--xlsx-share",
                "--series-per-indicator", "--survey-respondents", "--survey-questions");
    }
}
