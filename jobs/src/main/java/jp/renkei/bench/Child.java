package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a renkei child process (same java, same jar) and measures it, throwing when it fails. */
@FunctionalInterface
interface Child {
    ChildProcess.Measurement run(List<String> args, Map<String, String> env, Path log) throws IOException, InterruptedException;
}
