package jp.renkei.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.renkei.RenkeiApplication;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context for one output folder and runs {@code nightlyLoad}: one load at a time per
 * output folder (a lock file), a run that died is recovered and restarted from its last committed chunk,
 * and a load already completed for the same input and date is not repeated unless forced.
 */
public final class NightlyLoad {

    /** Exit code when another load holds the output folder (EX_TEMPFAIL: try again later). */
    public static final int EXIT_LOCKED = 75;

    private NightlyLoad() {
    }

    public static int run(Path input, Path output, LocalDate runDate, String fingerprint, boolean force,
                          PrintStream out, PrintStream err) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("renkei: cannot create the output folder " + output + ": " + e.getMessage());
            return 1;
        }
        try (FileChannel lockFile = FileChannel.open(output.resolve(".renkei.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                err.println("renkei: another load is running on " + output + " (it holds " + output.resolve(".renkei.lock")
                        + "); nothing was touched");
                return EXIT_LOCKED;
            }
            try (ConfigurableApplicationContext context = start(input, output)) {
                InputFailureLogFilter.install(); // after start: Spring Boot resets Logback while it starts
                return launch(context, params(input, runDate, fingerprint, force), out, err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ConfigurableApplicationContext start(Path input, Path output) {
        return new SpringApplicationBuilder(RenkeiApplication.class)
                .properties("renkei.input=" + input.toAbsolutePath(), "renkei.output=" + output.toAbsolutePath())
                .logStartupInfo(false)
                .run();
    }

    public static JobParameters params(Path input, LocalDate runDate, String fingerprint, boolean force) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(LoadRun.INPUT_DIR, input.toAbsolutePath().toString(), false)
                .addString(LoadRun.INPUT_FINGERPRINT, fingerprint)
                .addLocalDate(LoadRun.RUN_DATE, runDate);
        if (force) {
            b.addString(LoadRun.FORCE, java.time.Instant.now().toString());
        }
        return b.toJobParameters();
    }

    static int launch(ConfigurableApplicationContext context, JobParameters params, PrintStream out, PrintStream err) {
        JobOperator operator = context.getBean(JobOperator.class);
        JobRepository repository = context.getBean(JobRepository.class);
        Job job = context.getBean(NightlyLoadJobConfiguration.JOB_NAME, Job.class);
        JobExecution last = repository.getLastJobExecution(job.getName(), params);
        if (last != null && last.getStatus().isRunning()) {
            // The lock says no other process runs: this execution died (kill -9, power loss). Mark it failed so
            // that starting again restarts it from its last committed chunk.
            out.println("renkei: recovering the load that stopped unexpectedly (execution " + last.getId() + ")");
            operator.recover(last);
        }
        JobExecution execution;
        try {
            execution = operator.start(job, params);
        } catch (JobInstanceAlreadyCompleteException e) {
            out.println("renkei: this input was already loaded for " + params.getLocalDate(LoadRun.RUN_DATE)
                    + "; nothing to do (use --force to load it again)");
            return 0;
        } catch (Exception e) {
            err.println("renkei: cannot start the load: " + e.getMessage());
            return 1;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("renkei: load completed; published " + context.getBean(jp.renkei.config.RenkeiProperties.class)
                    .publishedDatabase() + " and the Parquet snapshot");
            return 0;
        }
        Set<String> reasons = new LinkedHashSet<>();
        execution.getAllFailureExceptions().forEach(t -> reasons.add(rootMessage(t)));
        err.println("renkei: the load failed; the published warehouse and snapshot were left as they were.");
        reasons.forEach(r -> err.println("  " + r));
        return 1;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && !(c instanceof jp.renkei.input.InputFileException)) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
