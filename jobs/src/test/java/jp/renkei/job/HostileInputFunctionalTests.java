package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.renkei.config.JvmFlags;
import jp.renkei.RenkeiMain;
import jp.renkei.bench.ChildProcess;
import jp.renkei.testsupport.ChildJvm;
import jp.renkei.testsupport.SampleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile 見える化 books, each loaded by `renkei load` in a child JVM with the launcher's heap: the book is rejected
 * whole with a message naming the file, the limit and its setting, the rest of the sample loads and publishes
 * (exit 4), and the process's peak RSS, measured by the operating system, stays within the national load's budget
 * (1.5 GiB) instead of running out of heap.
 */
class HostileInputFunctionalTests {

    /** The national load's budget for the whole process (README, benchmark). */
    static final long BUDGET_BYTES = 1536L << 20;

    @TempDir
    Path dir;

    @Test
    void anXlsxThatInflatesToAGigabyteIsRefusedByItsZipDirectory() throws Exception {
        Path input = sample();
        Path bomb = input.resolve("indicators/δ9_爆弾_時系列.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(bomb)))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 1_150_000_000L; written += block.length) {
                zip.write(block);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(10_000_000);
        assertRefused(input, "indicators/δ9_爆弾_時系列.xlsx: workbook too large once uncompressed: found \"more than "
                + "268,435,456 bytes inflated (part xl/worksheets/sheet1.xml alone: 1,150,0");
    }

    @Test
    void aSingleLineOf200MegabytesIsRefusedAfterItsFirstMegabyte() throws Exception {
        Path input = sample();
        Path line = input.resolve("indicators/δ9_一行_時系列.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(line))) {
            byte[] block = "1234567,".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 200_000_000L; written += block.length) {
                out.write(block);
            }
        }
        assertRefused(input, "indicators/δ9_一行_時系列.csv row 1: too many columns: found \"more than 5,000 columns\", "
                + "expected at most 5,000 columns (setting renkei.input-max-columns)");
    }

    @Test
    void aLineLongerThanTheLimitIsRefused() throws Exception {
        Path input = sample();
        Path line = input.resolve("indicators/δ9_長い_時系列.csv");
        Files.writeString(line, "出力日：2024/09/01\n" + "x".repeat(3_000_000) + "\n");
        assertRefused(input, "indicators/δ9_長い_時系列.csv row 2: line too long: found \"a line of more than "
                + "1,048,576 bytes\", expected lines of at most 1,048,576 bytes (setting renkei.input-max-line-bytes)");
    }

    @Test
    void twentyThousandPeriodColumnsAreRefused() throws Exception {
        Path input = sample();
        StringBuilder csv = new StringBuilder("出力日：2024/09/01\n地域,指標,単位");
        for (int year = 0; year < 20_000; year++) {
            csv.append(',').append(1900 + year % 100).append("年");
        }
        csv.append('\n');
        Files.writeString(input.resolve("indicators/δ1-c_医療介護連携_時系列 (9).csv"), csv);
        assertRefused(input, "indicators/δ1-c_医療介護連携_時系列 (9).csv row 2: too many columns: found \"more "
                + "than 5,000 columns\", expected at most 5,000 columns (setting renkei.input-max-columns)");
    }

    @Test
    void aTenMegabyteCellIsRefusedAndQuotedOnlyInPart() throws Exception {
        Path input = sample();
        // lines of 1,000 characters inside one quoted cell: no line is too long, the cell is
        String cell = ("y".repeat(999) + "\n").repeat(10_000);
        Path file = input.resolve("indicators/δ1-c_医療介護連携_時系列 (9).csv");
        Files.writeString(file, "出力日：2024/09/01\n地域,指標,単位,R4年\n行田市,入院時情報連携加算,人（人口10万対）,\"" + cell + "\"\n");
        ChildProcess.Measurement run = assertRefused(input, "indicators/δ1-c_医療介護連携_時系列 (9).csv row 3 column D: cell too long");
        String out = Files.readString(run.stdout()) + Files.readString(run.stderr());
        assertThat(out).contains("  indicators/δ1-c_医療介護連携_時系列 (9).csv row 3 column D: cell too long: found \""
                + "y".repeat(120) + "… (10,000,000 characters)\", expected cells of at most 32,767 characters "
                + "(setting renkei.input-max-cell-chars)");
        assertThat(out.length()).as("the cell is not copied whole into the output").isLessThan(20_000);
    }

    /**
     * Loads {@code input} in a child JVM: the hostile book is rejected whole with {@code message} (in the output and in
     * rejects/indicators.csv), no stack trace, the sample's other books published, within the budget.
     */
    ChildProcess.Measurement assertRefused(Path input, String message) throws Exception {
        String classPath = ChildJvm.testClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        command.addAll(JvmFlags.required());
        command.addAll(List.of("-Xmx384m", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", classPath, RenkeiMain.class.getName(), "load", "--input", input.toString(), "--output",
                dir.resolve("output").toString(), "--run-date", "2026-11-24"));
        ChildProcess.Measurement run = ChildProcess.run(command, Map.of(), dir, dir.resolve("logs/load"), 300);
        String out = Files.readString(run.stdout()) + Files.readString(run.stderr());
        assertThat(run.exitCode()).as(out).isEqualTo(ExitCode.UNREADABLE_BOOKS);
        assertThat(out).contains("renkei: 1 book(s) could not be read and were rejected whole; what they supplied at the "
                + "last publish is kept, and every other book was loaded:\n  " + message)
                .doesNotContain("\tat ").doesNotContain("OutOfMemoryError").doesNotContain("Java heap space");
        // the message is the last CSV field, quoted with its quotes doubled
        assertThat(Files.readString(dir.resolve("output/rejects/indicators.csv"))).contains(message.replace("\"", "\"\""));
        assertThat(jp.renkei.testsupport.DuckDbFiles.query(dir.resolve("output/warehouse.duckdb"),
                "SELECT count(*) FROM fct_indicator_value")).as("the sample's other books are published")
                .containsExactly(List.of(String.valueOf(BadInputFunctionalTests.INDICATOR_FACTS)));
        assertThat(run.peakRssBytes()).as("peak RSS (%s)", run.rssSource()).isPositive().isLessThan(BUDGET_BYTES);
        return run;
    }

    Path sample() throws IOException {
        Path input = dir.resolve("input");
        SampleInput.copyTree(Path.of("input"), input);
        return input;
    }
}
