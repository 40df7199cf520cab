package jp.renkei.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.renkei.input.InputInventory;
import jp.renkei.job.NightlyLoad;

/** A real load of an input folder for a test class's fixture, which must succeed. */
public final class LoadedOnce {

    private LoadedOnce() {
    }

    /** Loads {@code input} into {@code output} for {@code runDate}; fails the test, with the load's output, unless it succeeds. */
    public static void load(Path input, Path output, LocalDate runDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = NightlyLoad.run(input, output, runDate, InputInventory.scan(input).fingerprint(), false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)).isZero();
    }
}
