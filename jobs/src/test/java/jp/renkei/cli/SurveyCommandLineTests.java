package jp.renkei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.renkei.cli.CommandLineTests.Result;
import jp.renkei.source.survey.SampleSurveyGenerator;
import jp.renkei.testsupport.DuckDbFiles;
import jp.renkei.testsupport.SampleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample survey through the command line: no respondent's words leave the DuckDB file, whatever the codebook
 * says, and the figures count records, rows and cells as what they are.
 */
class SurveyCommandLineTests {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final Path SURVEY = Path.of("surveys/gyoda-2019-07");
    private static final Pattern SUMMARY = Pattern.compile("renkei: COMPLETED in [0-9.]+ s: ([0-9,]+) files read, ([0-9,]+) rows in, "
            + "([0-9,]+) rejected, ([0-9,]+) replaced(, [0-9,]+ set aside as repeats)?(, .*)?");

    /*
     * The sample as committed (その他 declared other_text), and as an analyst might first write it (without), with two
     * rows added to its 612: a repeat of 0001 and one without an id. Without other_text, rows in still counts records
     * (614: not the 9 cells marked 無効 besides, nor physical lines, though the free text has line breaks); one row is
     * rejected, and one set aside as a repeat.
     */
    @Test
    void noRespondentsWordsInAnyFileUnderOutputNorInTheLogAndRowsInAreRecords(@TempDir Path dir) throws Exception {
        Matcher clean = null;
        for (boolean declared : new boolean[] {true, false}) {
            Path input = dir.resolve("input-" + declared);
            Path output = dir.resolve("output-" + declared);
            SampleInput.copyTree(Path.of("input"), input);
            if (!declared) {
                withoutOtherText(input);
                Files.write(input.resolve(SURVEY).resolve("responses.csv"),
                        "0001,1,2,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,\r\n,2,3,4,1,1,1,0,1,0,0,0,0,0,0,0,0,0,\r\n".getBytes(CP932),
                        java.nio.file.StandardOpenOption.APPEND);
            }
            Result load = CommandLineTests.run("load", "--input", input.toString(), "--output", output.toString());
            Matcher summary = summary(load);
            if (declared) {
                clean = summary;
                assertThat(summary.group(5)).as("no repeats").isNull();
            } else {
                assertThat(number(summary, 2)).isEqualTo(number(clean, 2) + 2);
                assertThat(number(summary, 3)).isEqualTo(number(clean, 3) + 1);
                assertThat(summary.group(5)).isEqualTo(", 1 set aside as repeats");
            }

            List<String> leaks = new ArrayList<>();
            List<String> published = new ArrayList<>(List.of(load.out(), load.err()));
            try (Stream<Path> files = Files.walk(output)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".duckdb") || name.endsWith(".duckdb.wal")) {
                        continue;
                    }
                    // Parquet is compressed: read its rows, every column as text
                    published.add(name.endsWith(".parquet")
                            ? String.join("\n", DuckDbFiles.query("SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet('" + f + "')")
                                    .stream().map(String::valueOf).toList())
                            : name.endsWith(".xlsx") ? xlsxText(f) : Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            for (String text : SampleSurveyGenerator.respondentTexts()) {
                for (String line : text.split("\n")) {
                    published.stream().filter(p -> p.contains(line)).findAny().ifPresent(p -> leaks.add(line));
                }
            }
            assertThat(leaks).as("other_text declared: %s", declared).isEmpty();

            // the words are in the warehouse, for the city's analysts: the search above looked for something real
            Path warehouse = output.resolve("warehouse.duckdb");
            assertThat(DuckDbFiles.query(warehouse, "SELECT count(*) FROM fct_survey_free_text WHERE question_id = 'Q10_2'"))
                    .containsExactly(List.of(declared ? "9" : "0"));
            assertThat(DuckDbFiles.query(warehouse, "SELECT count(*) FROM load_reject WHERE found LIKE 'text of % characters'"))
                    .containsExactly(List.of(declared ? "0" : "9"));
            assertThat(DuckDbFiles.query(warehouse, "SELECT respondent_count FROM dim_survey")).containsExactly(List.of("612"));
        }
    }

    /** Every part of a workbook (the report's report.xlsx) as text: its cells are in the zip's XML parts. */
    static String xlsxText(Path xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        assertThat(text).as("the parts of %s", xlsx).contains("<sheetData");
        return text.toString();
    }

    /*
     * Without other_text, the nine その他 cells with words are 無効 answers: findings, but no row is rejected, so validate
     * exits 0. Each says how long the words are, never what they are (0031: 医療費の負担軽減, 8 characters).
     */
    @Test
    void validateCountsCellsMarkedInvalidAsCellsAndExitsZero(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("input");
        SampleInput.copyTree(Path.of("input"), input);
        withoutOtherText(input);
        Result r = CommandLineTests.run("validate", "--input", input.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("renkei validate: every file could be read, 0 row(s) would be rejected, 9 cell(s) marked 無効")
                .contains("reject: surveys/gyoda-2019-07/responses.csv row 33 column R (問10(2)/11): not a 0/1 flag; answer marked "
                        + "invalid: found text of 8 characters, expected 1 (chosen), 0 or blank (not chosen), or a no-answer mark "
                        + "(99, blank); declare the option other_text: true if it holds words");
    }

    private static long number(Matcher m, int group) {
        return Long.parseLong(m.group(group).replace(",", ""));
    }

    private static Matcher summary(Result r) {
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher m = SUMMARY.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return m;
    }

    private static void withoutOtherText(Path input) throws IOException {
        Path codebook = input.resolve(SURVEY).resolve("codebook.yaml");
        String yaml = Files.readString(codebook, StandardCharsets.UTF_8);
        assertThat(yaml).contains(", other_text: true}");
        Files.writeString(codebook, yaml.replace(", other_text: true}", "}"), StandardCharsets.UTF_8);
    }
}
