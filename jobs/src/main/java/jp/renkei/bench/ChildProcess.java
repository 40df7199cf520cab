package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one contender in its own process and measures it from the outside: wall time, and peak resident set
 * size as the operating system counts it. When GNU time is installed the process is wrapped in
 * {@code /usr/bin/time -f %M} (the kernel's maximum RSS of the largest process of the tree, from wait4); in
 * any case {@code /proc/<pid>/status} of the process and its descendants is polled every 50 ms (the largest
 * VmHWM seen, and the largest sum of VmRSS over the tree), so the figure never depends on one tool alone.
 */
public final class ChildProcess {

    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long POLL_MILLIS = 50;

    /** What one run of a child cost. {@code peakRssBytes} is the figure reported, {@code rssSource} says whence. */
    public record Measurement(List<String> command, int exitCode, double wallSeconds, long peakRssBytes,
                              String rssSource, long polledHwmBytes, long polledTreeRssBytes, long gnuTimeMaxRssBytes,
                              Path stdout, Path stderr) {

        public boolean ok() {
            return exitCode == 0;
        }
    }

    private ChildProcess() {
    }

    public static boolean gnuTimeAvailable() {
        return Files.isExecutable(GNU_TIME) && !"false".equals(System.getenv("RENKEI_BENCH_GNU_TIME"));
    }

    /**
     * Runs {@code command} with {@code env} added to this process's environment; stdout and stderr go to
     * {@code logPrefix}.out / .err.
     */
    public static Measurement run(List<String> command, Map<String, String> env, Path workingDir, Path logPrefix,
                                  long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(logPrefix.toAbsolutePath().getParent());
        Path out = logPrefix.resolveSibling(logPrefix.getFileName() + ".out");
        Path err = logPrefix.resolveSibling(logPrefix.getFileName() + ".err");
        Path timeFile = logPrefix.resolveSibling(logPrefix.getFileName() + ".maxrss");
        Files.deleteIfExists(timeFile);
        boolean wrap = gnuTimeAvailable();
        List<String> full = new ArrayList<>();
        if (wrap) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", timeFile.toAbsolutePath().toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        long hwm = 0;
        long treeRss = 0;
        while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            long sum = 0;
            for (ProcessHandle h : tree(p.toHandle())) {
                long[] s = status(h.pid());
                hwm = Math.max(hwm, s[0]);
                sum += s[1];
            }
            treeRss = Math.max(treeRss, sum);
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long gnu = wrap ? gnuTimeKiB(timeFile).map(k -> k * 1024).orElse(0L) : 0L;
        long polled = Math.max(hwm, treeRss);
        long peak = gnu > 0 ? Math.max(gnu, hwm) : polled;
        String source = gnu > 0 ? "GNU time %M (wait4 ru_maxrss)" : "polled /proc/<pid>/status VmHWM/VmRSS every 50 ms";
        return new Measurement(List.copyOf(command), p.exitValue(), wall, peak, source, hwm, treeRss, gnu, out, err);
    }

    private static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all;
    }

    /** {VmHWM, VmRSS} in bytes, zeros when the process is gone. */
    static long[] status(long pid) {
        long[] r = new long[2];
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    r[0] = kib(line) * 1024;
                } else if (line.startsWith("VmRSS:")) {
                    r[1] = kib(line) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading: nothing to add
        }
        return r;
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static Optional<Long> gnuTimeKiB(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            // GNU time writes "Command exited with non-zero status N" first when the child failed
            for (int i = lines.size() - 1; i >= 0; i--) {
                String l = lines.get(i).trim();
                if (l.matches("\\d+")) {
                    return Optional.of(Long.parseLong(l));
                }
            }
        } catch (IOException e) {
            // fall back to the polled figure
        }
        return Optional.empty();
    }
}
