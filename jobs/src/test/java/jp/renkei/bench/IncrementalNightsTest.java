package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the benchmark's incremental nights make their input, on a small generated one (loads: IncrementalPublishTest). */
class IncrementalNightsTest {

    static final Charset CP932 = Charset.forName("windows-31j");

    @TempDir
    Path tmp;

    @Test
    void aNightLinksEveryFileButTheChangedExportsWhichDifferInOneDigitOfTheirLastValue() throws Exception {
        Path input = tmp.resolve("input");
        new InputGenerator(new GeneratorSettings(5, 8, 7, 3, 0.0, 1, 10, 5), s -> { }).generate(input);
        List<String> exports = IncrementalNights.csvExports(input);
        assertThat(exports).hasSize(7).allMatch(e -> e.startsWith("indicators/") && e.endsWith(".csv"));

        Path one = IncrementalNights.night(input, tmp.resolve("night-1"), exports.subList(0, 1));
        Path five = IncrementalNights.night(one, tmp.resolve("night-2"), exports.subList(1, 6));
        List<String> all;
        try (Stream<Path> files = Files.walk(input)) {
            all = files.filter(Files::isRegularFile).map(p -> input.relativize(p).toString()).sorted().toList();
        }
        for (String file : all) {
            assertThat(Files.isSameFile(input.resolve(file), one.resolve(file))).as(file).isEqualTo(!file.equals(exports.get(0)));
            assertThat(Files.isSameFile(one.resolve(file), five.resolve(file))).as(file)
                    .isEqualTo(!exports.subList(1, 6).contains(file));
        }
        for (String export : exports.subList(0, 6)) {
            String before = Files.readString(input.resolve(export), CP932);
            String after = Files.readString(five.resolve(export), CP932);
            assertThat(after).hasSameSizeAs(before);
            int at = (int) Files.mismatch(input.resolve(export), five.resolve(export));
            assertThat(at).as(export).isPositive();
            long differing = java.util.stream.IntStream.range(0, before.length()).filter(i -> before.charAt(i) != after.charAt(i)).count();
            assertThat(differing).as(export + ": one character").isEqualTo(1);
            int i = java.util.stream.IntStream.range(0, before.length()).filter(k -> before.charAt(k) != after.charAt(k)).findFirst().orElseThrow();
            assertThat(after.charAt(i)).isEqualTo((char) ('0' + (before.charAt(i) - '0' + 1) % 10));
            // the digit ends the last field of its row: a value of the latest period
            String rest = before.substring(i + 1);
            assertThat(rest).matches("(?s)\"?(\r?\n.*)?");
        }
        assertThat(Files.mismatch(input.resolve(exports.get(6)), five.resolve(exports.get(6)))).isEqualTo(-1);
    }
}
