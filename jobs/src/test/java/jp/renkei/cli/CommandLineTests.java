package jp.renkei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.renkei.testsupport.SampleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as cron and people use it: help, usage errors and exit codes, validate. */
class CommandLineTests {

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var cli = RenkeiCommand.commandLine();
            cli.setOut(new java.io.PrintWriter(System.out, true));
            cli.setErr(new java.io.PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @ParameterizedTest(name = "renkei {0} --help")
    @ValueSource(strings = {"load", "validate", "runs", "catalogue", "generate", "bench"})
    void everyCommandHasHelp(String command) {
        Result r = run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: renkei " + command).contains("-h, --help");
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Result r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("load", "validate", "runs", "catalogue", "generate", "bench");
    }

    @Test
    void usageErrorsExitWith2AndSayWhatWasWrong() {
        Result typo = run("lod");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("Unmatched argument at index 0: 'lod'").contains("Did you mean: renkei load");
        Result badDate = run("load", "--run-date", "2026-13-01");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("Invalid value for option '--run-date'");
        Result none = run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("Missing command: say which, e.g. `renkei load`");
    }

    @Test
    void validatePrintsWhatALoadWouldRejectAndWritesNothing(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("input");
        SampleInput.copyTree(Path.of("input"), input);
        Result clean = run("validate", "--input", input.toString());
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("renkei validate: every file could be read, 0 row(s) would be rejected");

        Path csv = input.resolve("indicators/δ1-c_医療介護連携_時系列 (2).csv");
        Charset cp932 = Charset.forName("windows-31j");
        Files.writeString(csv, Files.readString(csv, cp932).replace("111.8", "abc"), cp932);
        Result bad = run("validate", "--input", input.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("reject: indicators/δ1-c_医療介護連携_時系列 (2).csv row 3 column F (H30年): not a number: "
                + "found \"abc\", expected a number or a missing-value token (empty, -, －, ―, ‐, −)")
                .contains("renkei validate: every file could be read, 1 row(s) would be rejected");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("input");
        }
    }

    @Test
    void validateListsEveryBookThatCannotBeReadNotOnlyTheFirst(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("input");
        SampleInput.copyTree(Path.of("input"), input);
        Path xlsx = input.resolve("indicators/δ1-c_医療介護連携_時系列.xlsx");
        byte[] bytes = Files.readAllBytes(xlsx);
        Files.write(xlsx, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(input.resolve("indicators/δ1-c_医療介護連携_時系列 (3).csv"), "");

        Result r = run("validate", "--input", input.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("reject: indicators/δ1-c_医療介護連携_時系列 (3).csv: empty file: found \"0 bytes\", "
                        + "expected CSV text with a table")
                .contains("reject: indicators/δ1-c_医療介護連携_時系列.xlsx: damaged .xlsx workbook: found \"a zip archive whose "
                        + "directory cannot be read; the file may be truncated\", expected an .xlsx workbook (Excel 2007 or later)")
                .contains("renkei validate: a book cannot be read (each is listed above), 2 row(s) would be rejected");
    }

    @Test
    void runsListsPastLoadsAndJsonLogsAreOneObjectPerLine(@TempDir Path dir) throws IOException {
        String output = dir.resolve("output").toString();
        Result first = run("load", "--output", output, "--run-date", "2026-11-24", "--log-format", "json");
        assertThat(first.exit()).as(first.err()).isZero();
        var json = new tools.jackson.databind.ObjectMapper();
        for (String line : first.out().strip().split("\\R")) {
            // renkei's own lines carry an event; Spring's log lines come in logstash's JSON layout
            assertThat(json.readTree(line).path("message").asString()).as(line).isNotEmpty();
        }
        assertThat(first.out()).contains("\"event\":\"summary\"").contains("\"rows_rejected\":0");
        assertThat(run("load", "--output", output, "--run-date", "2026-11-25").exit()).isZero();

        Result runs = run("runs", "--output", output);
        assertThat(runs.exit()).as(runs.err()).isZero();
        String[] lines = runs.out().strip().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("run   run date   start               end                 status     files    rows in");
        assertThat(lines[1]).startsWith("2     2026-11-25").contains("COMPLETED");
        assertThat(lines[2]).startsWith("1     2026-11-24").contains("COMPLETED").endsWith("664         0         0");
    }

    @Test
    void loadOnAMissingInputFolderSaysSo(@TempDir Path dir) {
        Result r = run("load", "--input", dir.resolve("nope").toString(), "--output", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("renkei: " + dir.resolve("nope") + ": input folder missing: found \"nothing\", expected a "
                + "folder with indicators/, population/, reference/ and activities/" + System.lineSeparator());
    }

}
