package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.cli.RenkeiCommand;
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
                "--series-per-indicator", "1");
        assertThat(exit).isZero();
        String manifest = Files.readString(tmp.resolve("in").resolve(GeneratorManifest.FILE));
        assertThat(manifest).contains("\"municipalities\": 12", "\"indicatorsXlsx\": 1",
                "\"indicatorValues\": {\"total\": " + (3 * (1 + 47 + 12) * 2));
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
    void helpListsTheSizes() {
        StringWriter help = new StringWriter();
        CommandLine cli = RenkeiCommand.commandLine();
        cli.setOut(new PrintWriter(help));
        assertThat(cli.execute("generate", "--help")).isZero();
        assertThat(help.toString()).contains("--seed", "--municipalities", "--indicators", "--years", "--xlsx-share",
                "--series-per-indicator");
    }
}
