package jp.renkei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts renkei again in a child JVM, the way this process was started: {@code java -jar
 * renkei.jar …} when run from the jar, {@code java -cp <class path> jp.renkei.RenkeiMain …} otherwise (tests, an
 * IDE). The java executable is this process's own.
 */
public record JavaLauncher(String javaExecutable, List<String> classPathArgs, String maxHeap) {

    public static final String MAIN_CLASS = "jp.renkei.RenkeiMain";

    public static JavaLauncher current(String maxHeap) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path", "");
        String command = System.getProperty("sun.java.command", "");
        String first = command.isBlank() ? "" : command.split(" ", 2)[0];
        List<String> cp;
        if (first.endsWith(".jar") && classPath.equals(first) && Files.isRegularFile(Path.of(first))) {
            cp = List.of("-jar", Path.of(first).toAbsolutePath().toString());
        } else {
            cp = List.of("-cp", classPath, MAIN_CLASS);
        }
        return new JavaLauncher(java, cp, maxHeap);
    }

    /** {@code java <jvm options> <-jar jar | -cp cp main> <args>} */
    public List<String> command(List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(javaExecutable);
        c.addAll(jp.renkei.config.JvmFlags.required());
        c.add("-Xshare:auto");
        c.add("-Dorg.jooq.no-logo=true");
        c.add("-Dorg.jooq.no-tips=true");
        if (maxHeap != null && !maxHeap.isBlank()) {
            c.add("-Xmx" + maxHeap);
        }
        c.addAll(classPathArgs);
        c.addAll(args);
        return c;
    }
}
