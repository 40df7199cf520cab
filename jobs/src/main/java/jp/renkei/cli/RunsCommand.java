package jp.renkei.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import jp.renkei.job.NightlyLoad;
import jp.renkei.job.OutputLock;
import jp.renkei.job.NightlyLoadJobConfiguration;
import jp.renkei.job.RunSummary;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"Lists past loads from the job repository: start, end, status, files read, rows in, rows "
                + "rejected, rows replaced. Newest first.",
                "Exit codes: 0 listed (or a load is running: said so, with what is published), 1 no warehouse in the output folder."})
public class RunsCommand implements Callable<Integer> {

    @Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    LogFormatOption log;

    @Override
    public Integer call() {
        if (!Files.exists(output.resolve("work").resolve("warehouse.duckdb"))) {
            log.err().event("error", "renkei: no loads yet: " + output.resolve("work/warehouse.duckdb") + " does not exist");
            return 1;
        }
        if (OutputLock.isHeld(output)) {
            // DuckDB lets one process hold the working database: the running load's runs are listed when it ends
            String holder = OutputLock.holder(output);
            log.out().event("running", "renkei: a load is running on " + output + (holder.isEmpty() ? "" : " (" + holder + ")")
                    + "; the list of runs can be read when it has finished. Published now: "
                    + published(output), java.util.Map.of("running", true, "holder", holder));
            return 0;
        }
        try (ConfigurableApplicationContext context = NightlyLoad.start(Path.of("."), output)) {
            JobRepository repository = context.getBean(JobRepository.class);
            List<JobExecution> executions = repository.findJobInstances(NightlyLoadJobConfiguration.JOB_NAME).stream()
                    .flatMap(i -> repository.getJobExecutions(i).stream())
                    .sorted(Comparator.comparing(JobExecution::getId).reversed()).limit(limit).toList();
            if (log.format == jp.renkei.job.RunLog.Format.TEXT) {
                System.out.printf("%-5s %-10s %-19s %-19s %-9s %6s %10s %9s %9s%n", "run", "run date", "start", "end",
                        "status", "files", "rows in", "rejected", "replaced");
            }
            for (JobExecution e : executions) {
                RunSummary s = RunSummary.of(repository.getJobExecution(e.getId()));
                log.out().event("run", String.format("%-5d %-10s %-19s %-19s %-9s %6d %,10d %,9d %,9d", s.executionId(),
                        s.runDate(), time(s.start()), time(s.end()), s.status(), s.filesRead(), s.rowsIn(),
                        s.rowsRejected(), s.rowsReplaced()), s.fields());
            }
            return 0;
        } catch (RuntimeException e) {
            log.err().event("error", "renkei: cannot read the job repository in " + output + " (is a load running?): "
                    + e.getMessage());
            return 1;
        }
    }

    private static String published(Path output) {
        java.time.LocalDate newest = jp.renkei.publish.SnapshotPublisher.newestSnapshotDate(output);
        String loadId = jp.renkei.publish.SnapshotPublisher.publishedOrigin(output).loadId();
        return newest == null ? "nothing yet" : "the load of " + newest + (loadId == null ? "" : " (load " + loadId + ")");
    }

    private static String time(java.time.LocalDateTime t) {
        return t == null ? "-" : t.withNano(0).toString().replace('T', ' ');
    }
}
