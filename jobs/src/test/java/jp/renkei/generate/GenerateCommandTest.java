package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import jp.renkei.config.Json;
import tools.jackson.databind.JsonNode;
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
        JsonNode manifest = Json.MAPPER.readTree(Files.readString(tmp.resolve("in").resolve(GeneratorManifest.FILE)));
        assertThat(manifest.at("/settings/municipalities").asInt()).isEqualTo(12);
        assertThat(manifest.at("/regions/municipalities").asInt()).isEqualTo(12);
        assertThat(manifest.at("/files/indicatorsXlsx").asInt()).isEqualTo(1);
        assertThat(manifest.at("/indicatorValues/total").asLong()).isEqualTo(3 * (1 + 47 + 12) * 2);
        assertThat(manifest.at("/settings/surveyRespondents").asInt()).isEqualTo(25);
        assertThat(manifest.at("/settings/surveyQuestions").asInt()).isEqualTo(7);
        assertThat(manifest.at("/survey/respondents").asInt()).isEqualTo(25);
        assertThat(manifest.at("/survey/questions").asInt()).isEqualTo(7);
        assertThat(manifest.at("/survey/perQuestion")).hasSize(7);
        assertThat(manifest.at("/survey/perQuestion/0/id").asString()).isNotEmpty();
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
        assertThat(Json.MAPPER.readTree(Files.readString(tmp.resolve("none").resolve(GeneratorManifest.FILE)))
                .get("survey").isNull()).isTrue();

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
