package jp.renkei.job;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A load stopped by SIGTERM (systemd, {@code kill}, Ctrl-C) stops cleanly: the job is asked to stop after the chunk
 * it is in, ends STOPPED (restartable from its last committed chunk), says so, and only then does the process end,
 * with the context closed by its owner. Without this, the JVM's shutdown closed the connection pool under the
 * running chunk ("HikariDataSource … has been closed") and left the run STARTED.
 */
final class StopOnSignal {

    /** How long a stop may take: the chunk or tasklet in progress finishes first. */
    private static final long GRACE_SECONDS = 300;

    private StopOnSignal() {
    }

    static int around(ConfigurableApplicationContext context, IntSupplier load) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                JobRepository repository = context.getBean(JobRepository.class);
                JobOperator operator = context.getBean(JobOperator.class);
                for (JobExecution running : repository.findRunningJobExecutions(NightlyLoadJobConfiguration.JOB_NAME)) {
                    operator.stop(running);
                }
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the load ends in any case: nothing more to be done in a shutdown
            }
        }, "renkei-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return load.getAsInt();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the load has finished
            }
        }
    }
}
