package jp.renkei.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A test-only hook: with {@code -Drenkei.test.stop-at=NAME} the process stops at the named point, prints
 * {@code renkei-test-hook: stopped at NAME} and waits for a line on its standard input before it goes on. The
 * fault tests kill it there ({@code kill -9}, SIGTERM) or change the world under it (fill the disk, append to an
 * export) and let it continue. Without the property every point is a no-op.
 */
public final class FaultPoint {

    public static final String PROPERTY = "renkei.test.stop-at";
    public static final String STOPPED = "renkei-test-hook: stopped at ";

    private FaultPoint() {
    }

    public static void reach(String name) {
        if (!name.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.out.println(STOPPED + name);
        System.out.flush();
        try {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            // the test closed our input: go on
        }
    }
}
