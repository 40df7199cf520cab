package jp.renkei.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.renkei.testsupport.DuckDbFiles;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.renkei.input.Fingerprints;
import jp.renkei.input.InputInventory;
import jp.renkei.testsupport.SampleInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A copy of the sample input and an output folder in a temporary directory, loaded through the real
 * {@link NightlyLoad}: what the operations and bad-input tests break and load again.
 */
abstract class LoadWorkspace {

    @TempDir
    Path dir;
    Path input;
    Path output;

    /** Where the class's first night is loaded, once, and kept to be restored for each test. */
    @TempDir
    static Path classDir;
    private static FirstNight firstNight;

    /** The sample input and the output its good load on {@code day} left, as loaded at classDir/input and classDir/output. */
    private record FirstNight(LocalDate day, Path input, Path output) {
    }

    @BeforeAll
    static void noFirstNightYet() {
        firstNight = null;
    }

    /**
     * input/ and output/ as the sample's good load on {@code day} left them: loaded once per test class, then restored
     * before each test from a copy of the real files (the same DuckDB file byte for byte) at the same paths, so that each
     * test starts from the night it would have loaded itself.
     */
    void sampleLoadedOn(LocalDate day) throws IOException {
        input = classDir.resolve("input");
        output = classDir.resolve("output");
        if (firstNight == null) {
            SampleInput.copyTree(Path.of("input"), input);
            Run first = load(day);
            assertThat(first.exit()).as(first.err()).isZero();
            firstNight = new FirstNight(day, classDir.resolve("first-night/input"), classDir.resolve("first-night/output"));
            SampleInput.copyTree(input, firstNight.input());
            SampleInput.copyTree(output, firstNight.output());
            return;
        }
        assertThat(day).as("one first night per class").isEqualTo(firstNight.day());
        FileSystemUtils.deleteRecursively(input);
        FileSystemUtils.deleteRecursively(output);
        SampleInput.copyTree(firstNight.input(), input);
        SampleInput.copyTree(firstNight.output(), output);
    }

    record Run(int exit, String out, String err, String log) {
    }

    Run load(LocalDate runDate) {
        return load(runDate, false);
    }

    /** Spring properties every load of the test class gets: none unless a class says otherwise. */
    String[] settings() {
        return new String[0];
    }

    /** The setting that lets a load read a symbolic link out of the input folder. */
    static final String FOLLOW_LINKS_OUT = "renkei.input-follow-links-out=true";

    /** @param settings Spring properties for this load only ({@code renkei.snapshot-retention-days=2}) */
    Run load(LocalDate runDate, boolean force, String... settings) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(settings()), java.util.Arrays.stream(settings))
                .toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int exit;
        // progress and Logback write to System.out: caught so that a stack trace there can be seen
        System.setOut(new PrintStream(new TeeStream(console, log), true, StandardCharsets.UTF_8));
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            // the inventory the command line fingerprints sees the links the load's own setting lets it read
            boolean linksOut = java.util.Arrays.asList(all).contains(FOLLOW_LINKS_OUT);
            exit = NightlyLoad.run(input, output, runDate, InputInventory.scan(input, linksOut).fingerprint(), force, o, e, all);
        } finally {
            System.setOut(console);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                log.toString(StandardCharsets.UTF_8));
    }

    /** SHA-256 of output/warehouse.duckdb and of every file under output/parquet/, by relative path. */
    Map<String, String> publishedFiles() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output.resolve("parquet"))) {
            files.put("warehouse.duckdb", Fingerprints.sha256Hex(output.resolve("warehouse.duckdb")));
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(p).toString().replace('\\', '/'), Fingerprints.sha256Hex(p));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    /**
     * The first line of a failed load's report while the output holds a good load: which load readers still see,
     * as the published manifest says.
     */
    String failedHeadline() {
        List<List<String>> manifest = DuckDbFiles.query("SELECT snapshot_date, load_id FROM read_json('"
                + output.resolve("parquet/_manifest.json") + "')");
        return "renkei: the load failed and published nothing; readers still see the load published for "
                + manifest.get(0).get(0) + " (load " + manifest.get(0).get(1) + "): warehouse.duckdb, parquet/ and rejects/ as they were.";
    }

    Path warehouse() {
        return output.resolve("warehouse.duckdb");
    }

    String read(String file, Charset charset) {
        try {
            String text = new String(Files.readAllBytes(input.resolve(file)), charset);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes text in that charset; UTF-8 gets the BOM Excel's "CSV UTF-8" writes, UTF-16 Java's own BOM. */
    void write(String file, String text, Charset charset) {
        try {
            byte[] bytes = text.getBytes(charset);
            if (charset.equals(StandardCharsets.UTF_8)) {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] withBom = new byte[bytes.length + 3];
                System.arraycopy(bom, 0, withBom, 0, 3);
                System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                bytes = withBom;
            }
            Files.write(input.resolve(file), bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }


    /** Writes to the console and keeps a copy. */
    static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
