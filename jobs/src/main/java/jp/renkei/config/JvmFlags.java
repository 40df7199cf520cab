package jp.renkei.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options every renkei process needs, for the code that starts one (the benchmark's children,
 * the tests' child JVMs); the {@code renkei} launcher script and the jar's manifest say the same.
 * DuckDB loads a native library; Arrow (the publish step's read of DuckDB results) reads
 * {@code java.nio} internals and, on JDK 23 and later, would warn about its use of {@code sun.misc.Unsafe}.
 */
public final class JvmFlags {

    private JvmFlags() {
    }

    /** For a child run by the same {@code java} as this process. */
    public static List<String> required() {
        List<String> flags = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) {
            flags.add("--sun-misc-unsafe-memory-access=allow"); // the option does not exist before 23
        }
        return flags;
    }
}
