package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.renkei.config.JvmFlags;
import jp.renkei.RenkeiMain;
import jp.renkei.config.FaultPoint;
import jp.renkei.testsupport.ChildJvm;

/**
 * {@code renkei} in a JVM of its own, as cron starts it, optionally stopped at a {@link FaultPoint}: the fault
 * tests kill it there, signal it, or change its disk or input and let it go on. Standard error is merged into
 * standard output, read a line at a time.
 */
final class LoadProcess {

    /**
     * These processes load a small input and are killed, signalled or stopped: what they test is the process boundary,
     * not the JIT. C1 alone and the serial collector start them in about half the CPU time of the defaults.
     */
    static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final BufferedReader lines;
    private final StringBuilder seen = new StringBuilder();

    private LoadProcess(Process process) {
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** {@code renkei load} of {@code input} into {@code output}; {@code stopAt} null for none. */
    static LoadProcess load(Path input, Path output, String runDate, String stopAt, Map<String, String> env) throws IOException {
        return start(stopAt, env, "load", "--input", input.toString(), "--output", output.toString(), "--run-date", runDate);
    }

    static LoadProcess start(String stopAt, Map<String, String> env, String... args) throws IOException {
        String classPath = ChildJvm.testClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        command.addAll(JvmFlags.required());
        command.addAll(List.of("-Xmx384m", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
        command.addAll(SHORT_LIVED);
        if (stopAt != null) {
            command.add("-D" + FaultPoint.PROPERTY + "=" + stopAt);
        }
        command.addAll(List.of("-cp", classPath, RenkeiMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        return new LoadProcess(pb.start());
    }

    long pid() {
        return process.pid();
    }

    /** Reads output until a line contains {@code text}; fails if the process ends first. */
    void awaitLine(String text) throws IOException {
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.contains(text)) {
                return;
            }
        }
        throw new AssertionError("the process ended before printing \"" + text + "\":\n" + seen);
    }

    /** Waits until the process stops at its fault point. */
    void awaitStop(String point) throws IOException {
        awaitLine(FaultPoint.STOPPED + point);
    }

    /** Lets a process stopped at its fault point go on. */
    void carryOn() throws IOException {
        OutputStream in = process.getOutputStream();
        in.write('\n');
        in.flush();
    }

    /** SIGKILL: no shutdown hook, no rollback, no cleanup. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed, not finished").isEqualTo(137);
    }

    /** SIGTERM, as systemd or {@code kill} sends it (Process.destroy would also close the output we read). */
    void terminate() throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).start().waitFor()).isZero();
    }

    /** Waits for the end; returns the exit code. */
    int finish() throws IOException, InterruptedException {
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
        }
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    String output() {
        return seen.toString();
    }
}
