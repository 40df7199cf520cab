package jp.renkei.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, as the README tells a person to check the report: {@code --screenshot} and
 * {@code --print-to-pdf}. Found on the PATH (chromium, chromium-browser, google-chrome), or absent.
 */
final class HeadlessChromium {

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    static Optional<HeadlessChromium> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        run(html, "--screenshot=" + png, "--window-size=" + width + "," + height);
    }

    void printToPdf(Path html, Path pdf) throws IOException, InterruptedException {
        run(html, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
    }

    private void run(Path html, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("renkei-chromium");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        command.add(html.toUri().toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(profile.resolve("log.txt").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 180 s: " + command);
        }
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited with " + p.exitValue() + ": " + Files.readString(profile.resolve("log.txt")));
        }
    }
}
