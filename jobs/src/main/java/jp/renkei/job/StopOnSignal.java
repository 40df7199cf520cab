package jp.renkei.job;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A load stopped by SIGTERM (systemd, {@code kill}, Ctrl-C) stops cleanly: the job is asked to stop after the chunk
 * it is in, ends STOPPED (restartable from its last committed chunk), says so, and only then does the process end,
 * with the context closed by its owner. Without this, the JVM's shutdown closed the connection pool under the
 * running chunk ("HikariDataSource … has been closed") and left the run STARTED.
 */
public final class StopOnSignal {

    /** How long a stop may take: the chunk or tasklet in progress finishes first. */
    private static final long GRACE_SECONDS = 300;
    /** How long the main thread may take, once the context is closed, to end the process with the load's status. */
    private static final long EXIT_SECONDS = 60;

    private static volatile boolean signalled;

    /** Opens the load's context (the working DuckDB file). */
    @FunctionalInterface
    interface ContextStart {
        ConfigurableApplicationContext open() throws IOException;
    }

    private StopOnSignal() {
    }

    /**
     * True once a signal has begun the JVM's shutdown: {@code System.exit} would then block, and the JVM would end
     * with the signal's status whatever the load did, so the caller halts with the load's own exit code instead.
     */
    public static boolean signalled() {
        return signalled;
    }

    /**
     * Runs a load in a context this method opens and closes: a signal asks the running load to stop, and the JVM
     * ends only after the context is closed (the DuckDB file checkpointed and released), not under it.
     */
    static int around(ContextStart start, ToIntFunction<ConfigurableApplicationContext> load)
            throws IOException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RunningLoad> running = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            signalled = true;
            RunningLoad current = running.get();
            if (current != null) {
                current.requestStop();
            }
            try {
                closed.await(GRACE_SECONDS, TimeUnit.SECONDS);
                // the JVM ends when this hook returns, with the signal's status: wait for the main thread to say the
                // load's outcome and halt with it (RenkeiMain), which ends this wait too
                Thread.sleep(TimeUnit.SECONDS.toMillis(EXIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the JVM ends in any case
            }
        }, "renkei-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ConfigurableApplicationContext context = start.open()) {
            running.set(context.getBean(RunningLoad.class));
            return load.applyAsInt(context);
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the context is closed
            }
        }
    }
}
