package jp.renkei.job;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static jp.renkei.warehouse.generated.internal.Tables.INPUT_STATE;
import static jp.renkei.warehouse.generated.Tables.LOAD_REJECT;

import jp.renkei.config.RenkeiProperties;
import jp.renkei.config.SqlFiles;
import org.jooq.impl.DSL;
import jp.renkei.source.survey.SurveyFinding;
import jp.renkei.input.InputInventory;
import jp.renkei.publish.SnapshotPublisher;
import jp.renkei.publish.Switchover;
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
import org.springframework.util.FileSystemUtils;

/**
 * Starts the Spring context for one output folder and runs {@code nightlyLoad}: one load at a time per
 * output folder ({@link OutputLock}), a run that died is recovered and restarted from its last committed chunk
 * ({@link InterruptedRuns}), a load already completed for the same input and date is not repeated unless forced, and
 * the outcome is said and given as an {@link ExitCode}.
 */
public final class NightlyLoad {

    private NightlyLoad() {
    }

    public static int run(Path input, Path output, LocalDate runDate, String fingerprint, boolean force,
                          PrintStream out, PrintStream err, String... settings) {
        return run(input, output, runDate, fingerprint, force, new RunLog(out, RunLog.Format.TEXT),
                new RunLog(err, RunLog.Format.TEXT), settings);
    }

    /**
     * @param settings Spring properties for this load beside the configured ones ({@code renkei.new-survey-key=true}
     *                 from {@code --new-survey-key}), so that nothing is passed through JVM-wide system properties
     */
    public static int run(Path input, Path output, LocalDate runDate, String fingerprint, boolean force,
                          RunLog out, RunLog err, String... settings) {
        return run(input, output, runDate, fingerprint, null, force, out, err, settings);
    }

    /** A load of the inventory the command line took: the load does not scan the folder again. */
    public static int run(InputInventory scanned, Path output, LocalDate runDate, boolean force, RunLog out, RunLog err,
                          String... settings) {
        return run(scanned.root(), output, runDate, scanned.fingerprint(), scanned, force, out, err, settings);
    }

    private static int run(Path input, Path output, LocalDate runDate, String fingerprint, InputInventory scanned,
                           boolean force, RunLog out, RunLog err, String... settings) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.event("error", "renkei: cannot create the output folder " + output + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
        try (OutputLock lock = OutputLock.tryTake(output, runDate)) {
            if (lock == null) {
                err.event("locked", "renkei: another load is running on " + output + " (it holds "
                        + OutputLock.file(output) + "); nothing was touched");
                return ExitCode.LOCKED;
            }
            Switchover.Recovery recovered = Switchover.recover(output);
            if (recovered != null) {
                out.event("publish_recovered", recovered.describe(), Map.of("rolled_forward", recovered.rolledForward()));
            }
            LocalDate newest = SnapshotPublisher.newestSnapshotDate(output);
            if (newest != null && runDate.isBefore(newest)) {
                err.event("error", "renkei: the run date " + runDate + " is earlier than the newest published snapshot ("
                        + newest + "); a load for it would publish a warehouse older than parquet/'s newest day. Nothing was "
                        + "touched: load with --run-date " + newest + " or later.");
                return ExitCode.USAGE;
            }
            return StopOnSignal.around(() -> WorkingDatabase.start(input, output, scanned, out, with(logProperties(out), settings)),
                    context -> launch(context, params(input, runDate, fingerprint, force), out, err));
        } catch (IOException | RuntimeException e) {
            Failure failure = Failure.of(e, output);
            err.event("failed", Failure.headline(output) + "\n  " + failure.reason(),
                    Map.of("reasons", List.of(failure.reason())));
            if (!failure.expected()) {
                e.printStackTrace();
            }
            return ExitCode.FAILED;
        }
    }

    public static ConfigurableApplicationContext start(Path input, Path output, String... properties) {
        return start(input, output, null, properties);
    }

    /** @param scanned the inventory the command line took of {@code input}, or null */
    static ConfigurableApplicationContext start(Path input, Path output, InputInventory scanned, String... properties) {
        List<String> all = new ArrayList<>(List.of("renkei.input=" + input.toAbsolutePath(),
                "renkei.output=" + output.toAbsolutePath()));
        all.addAll(List.of(properties));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(RenkeiApplication.class);
        if (scanned != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton(ScannedInput.BEAN,
                    new ScannedInput(scanned)));
        }
        return builder
                .properties(all.toArray(String[]::new))
                .logStartupInfo(false)
                // SIGTERM is StopOnSignal's: the job stops first, then the context closes (not under it)
                .registerShutdownHook(false)
                .run();
    }

    /**
     * A dry run: the whole job on a scratch copy of the warehouse, publishing nothing; prints every problem it
     * would reject. Returns 0 when the input is clean, 1 otherwise.
     */
    public static int validate(Path input, String fingerprint, RunLog out, RunLog err, String... settings) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("renkei-validate-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> properties = new ArrayList<>(List.of(with(logProperties(out), settings)));
        properties.add("renkei.publish=false");
        try (ConfigurableApplicationContext context = start(input, scratch, properties.toArray(String[]::new))) {
            JobParameters params = params(input, LocalDate.now(), fingerprint, true);
            boolean[] checksFailed = new boolean[1];
            int status = launch(context, params, out, err, checksFailed);
            // the rejects of the files the warehouse now reflects, and every book that could not be read at all
            List<String> problems = context.getBean(org.jooq.DSLContext.class).select(DSL.field(DSL.name("message"), String.class))
                    .from(DSL.table("(" + SqlFiles.read("rejects", "load_rejects.sql") + ")"))
                    .where(DSL.field(DSL.name("current_reject"), Boolean.class).isTrue()
                            .or(DSL.field(DSL.name("source_file_id"), String.class).in(unreadableBooks(context, params))))
                    .orderBy(DSL.field(DSL.name("source_kind")), DSL.field(DSL.name("relative_path")), DSL.field(DSL.name("source_row")))
                    .fetch(0, String.class);
            problems.forEach(p -> out.event("reject", "reject: " + p));
            // a cell the rules mark 無効 keeps its row, and a repeated respondent is set aside by rule: neither is a reject
            Map<SurveyFinding, Long> kinds = new java.util.EnumMap<>(SurveyFinding.class);
            problems.forEach(p -> kinds.merge(SurveyFinding.of(p), 1L, Long::sum));
            long rows = kinds.getOrDefault(SurveyFinding.ROW, 0L);
            long cells = kinds.getOrDefault(SurveyFinding.CELL, 0L);
            long repeats = kinds.getOrDefault(SurveyFinding.REPEAT, 0L);
            out.event("validated", String.format("renkei validate: %s, %d row(s) would be rejected", status == 0
                    ? "every file could be read" : status == ExitCode.UNREADABLE_BOOKS
                    ? "a book cannot be read (each is listed above)" : checksFailed[0]
                    ? "every file could be read, but a data check failed" : "a file cannot be read", rows)
                    + (cells > 0 ? String.format(", %d cell(s) marked 無効", cells) : "")
                    + (repeats > 0 ? String.format(", %d row(s) set aside as repeats", repeats) : ""),
                    Map.of("rejects", rows, "invalid_cells", cells, "repeats", repeats, "readable", status == 0 || checksFailed[0], "checks_passed", status == 0));
            return status == ExitCode.OK && rows == 0 ? ExitCode.OK : ExitCode.FAILED;
        } finally {
            FileSystemUtils.deleteRecursively(scratch.toFile());
        }
    }

    /** With --log-format json, Spring's own log lines are JSON objects too. */
    private static String[] with(String[] properties, String[] more) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static String[] logProperties(RunLog log) {
        return log.format() == RunLog.Format.JSON
                ? new String[] {"renkei.log-format=json", "logging.structured.format.console=logstash"}
                : new String[] {"renkei.log-format=text"};
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

    static int launch(ConfigurableApplicationContext context, JobParameters params, RunLog out, RunLog err) {
        return launch(context, params, out, err, new boolean[1]);
    }

    /** @param checksFailed set to true when the load failed in its data checks (for `validate`'s summary) */
    static int launch(ConfigurableApplicationContext context, JobParameters params, RunLog out, RunLog err,
                      boolean[] checksFailed) {
        JobOperator operator = context.getBean(JobOperator.class);
        JobRepository repository = context.getBean(JobRepository.class);
        RenkeiProperties properties = context.getBean(RenkeiProperties.class);
        Job job = context.getBean(NightlyLoadJobConfiguration.JOB_NAME, Job.class);
        params = new InterruptedRuns(repository, operator, context.getBean(javax.sql.DataSource.class), out)
                .repair(job.getName(), params);
        JobExecution execution;
        try {
            try {
                execution = operator.start(job, params);
            } catch (JobInstanceAlreadyCompleteException e) {
                String loadId = InputInventory.loadId(params.getLocalDate(LoadRun.RUN_DATE), params.getString(LoadRun.INPUT_FINGERPRINT));
                if (!properties.publish() || loadId.equals(SnapshotPublisher.publishedOrigin(properties.output()).loadId())) {
                    out.event("already_loaded", "renkei: this input was already loaded for " + params.getLocalDate(LoadRun.RUN_DATE)
                            + "; nothing to do (use --force to load it again)");
                    return reportUnreadableBooks(context, params, err);
                }
                out.event("reload", "renkei: this input was loaded for " + params.getLocalDate(LoadRun.RUN_DATE)
                        + " before, but what is published now is another load's; loading it again", Map.of("load_id", loadId));
                params = InterruptedRuns.anotherAttempt(params);
                execution = operator.start(job, params);
            }
        } catch (Exception e) {
            Failure failure = Failure.of(e, properties.output());
            err.event("failed", Failure.headline(properties.output()) + "\n  " + failure.reason()
                    + "\n  Run the load again to resume it.", Map.of("reasons", List.of(failure.reason())));
            return ExitCode.FAILED;
        }
        RunSummary summary = RunSummary.of(execution);
        out.event("summary", summary.line(), summary.fields());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            if (properties.publish()) {
                out.event("published", "renkei: load completed; published " + properties.publishedDatabase()
                        + " and the Parquet snapshot");
            }
            return reportUnreadableBooks(context, params, err);
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.event("stopped", "renkei: the load was stopped (execution " + execution.getId() + ", status STOPPED) after "
                    + "its last committed chunk; nothing was published: " + Failure.whatReadersSee(properties.output())
                    + ". Run the same load again to resume it.", Map.of("execution_id", execution.getId()));
            return ExitCode.STOPPED;
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (Throwable t : execution.getAllFailureExceptions()) {
            Failure failure = Failure.of(t, properties.output());
            reasons.add(failure.reason());
            checksFailed[0] |= failure.reason().startsWith(DataCheckTasklet.DataCheckFailedException.HEADLINE);
            if (!failure.expected()) {
                t.printStackTrace(); // a bug, not bad input: keep everything for the report
            }
        }
        String headline = properties.publish()
                ? Failure.headline(properties.output())
                : checksFailed[0] ? "renkei: the data checks failed:" : "renkei: a file cannot be read:";
        err.event("failed", headline + "\n  " + String.join("\n  ", reasons), Map.of("reasons", List.copyOf(reasons)));
        return ExitCode.FAILED;
    }

    /**
     * 0, or {@link ExitCode#UNREADABLE_BOOKS} after saying which books of the load could not be read at all (each
     * rejected whole; the rows it supplied before are kept).
     */
    private static int reportUnreadableBooks(ConfigurableApplicationContext context, JobParameters params, RunLog err) {
        String loadId = jp.renkei.input.InputInventory.loadId(params.getLocalDate(LoadRun.RUN_DATE),
                params.getString(LoadRun.INPUT_FINGERPRINT));
        List<String> books = context.getBean(org.jooq.DSLContext.class).select(LOAD_REJECT.MESSAGE).from(LOAD_REJECT)
                .where(LOAD_REJECT.LOAD_ID.eq(loadId)).and(LOAD_REJECT.SOURCE_FILE_ID.in(unreadableBooks(context, params)))
                .orderBy(LOAD_REJECT.RELATIVE_PATH).fetch(LOAD_REJECT.MESSAGE);
        if (books.isEmpty()) {
            return ExitCode.OK;
        }
        err.event("unreadable_books", "renkei: " + books.size() + " book(s) could not be read and were rejected whole; "
                + "what they supplied at the last publish is kept, and every other book was loaded:\n  "
                + String.join("\n  ", books), Map.of("unreadable_books", books));
        return ExitCode.UNREADABLE_BOOKS;
    }

    /** The source_file_ids of the books the last run of these parameters could not read at all. */
    private static java.util.Set<String> unreadableBooks(ConfigurableApplicationContext context, JobParameters params) {
        JobExecution last = context.getBean(JobRepository.class).getLastJobExecution(NightlyLoadJobConfiguration.JOB_NAME, params);
        return last == null ? java.util.Set.of()
                : jp.renkei.source.indicator.IndicatorInputReader.unreadable(last.getExecutionContext());
    }

}
