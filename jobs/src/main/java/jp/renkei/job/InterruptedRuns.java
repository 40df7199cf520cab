package jp.renkei.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Puts the job repository right before a load starts, once the output lock says no other process runs: a run that
 * died (kill -9, power loss, a failed commit of the repository itself) is marked so that it resumes from its last
 * committed chunk, and one that cannot be resumed safely (another load has changed the working warehouse since) is
 * abandoned and loaded again from the start.
 */
final class InterruptedRuns {

    private final JobRepository repository;
    private final JobOperator operator;
    private final DataSource dataSource;
    private final RunLog out;

    InterruptedRuns(JobRepository repository, JobOperator operator, DataSource dataSource, RunLog out) {
        this.repository = repository;
        this.operator = operator;
        this.dataSource = dataSource;
        this.out = out;
    }

    /** @return the parameters to start the job with: {@code params}, or another attempt of them */
    JobParameters repair(String jobName, JobParameters params) {
        JobExecution last = repository.getLastJobExecution(jobName, params);
        for (JobExecution dead : repository.findRunningJobExecutions(jobName)) {
            // Executions still "running" of other parameters (a --force run, another input) died. Marked failed, so
            // that `runs` does not show them running for ever.
            if (last == null || dead.getId() != last.getId()) {
                out.event("recover", "renkei: marking the load that stopped unexpectedly as failed (execution " + dead.getId() + ")",
                        Map.of("execution_id", dead.getId()));
                operator.recover(dead);
            }
        }
        if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
            // a commit of the job repository itself failed (e.g. DuckDB ran out of memory): the data of that
            // chunk was rolled back with it, so the run can be resumed like one that crashed
            out.event("recover", "renkei: resuming the load whose last commit failed (execution " + last.getId() + ")",
                    Map.of("execution_id", last.getId()));
            markFailed(last);
        } else if (last != null && last.getStatus().isRunning()) {
            // this execution died (kill -9, power loss): marked failed, starting again restarts it from its last
            // committed chunk
            out.event("recover", "renkei: recovering the load that stopped unexpectedly (execution " + last.getId() + ")",
                    Map.of("execution_id", last.getId()));
            operator.recover(last);
            last = repository.getLastJobExecution(jobName, params);
        }
        if (last != null && !last.getStatus().isRunning() && last.getStatus() != BatchStatus.COMPLETED
                && last.getStatus() != BatchStatus.ABANDONED && anotherLoadRanSince(last)) {
            // the working warehouse now holds another load's rows: resuming would publish them under this input
            out.event("restart", "renkei: another load ran since this one stopped (execution " + last.getId()
                    + "); it is loaded again from the start, not resumed", Map.of("execution_id", last.getId()));
            abandon(last);
            return anotherAttempt(params);
        }
        return params;
    }

    /** The same load as a new job instance: every step runs again from the start. */
    static JobParameters anotherAttempt(JobParameters params) {
        return new JobParametersBuilder(params).addString(LoadRun.ATTEMPT, Instant.now().toString()).toJobParameters();
    }

    /** True when an execution of another job instance started after {@code execution}: it changed the working warehouse. */
    private boolean anotherLoadRanSince(JobExecution execution) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM batch_job_execution WHERE job_execution_id > ? AND job_instance_id <> ?")) {
            ps.setLong(1, execution.getId());
            ps.setLong(2, execution.getJobInstanceId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository: " + e.getMessage(), e);
        }
    }

    private void abandon(JobExecution execution) {
        execution.setStatus(BatchStatus.ABANDONED);
        execution.setExitStatus(ExitStatus.FAILED);
        if (execution.getEndTime() == null) {
            execution.setEndTime(LocalDateTime.now());
        }
        repository.update(execution);
    }

    private void markFailed(JobExecution execution) {
        for (var step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                step.setEndTime(LocalDateTime.now());
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED);
        execution.setEndTime(LocalDateTime.now());
        repository.update(execution);
    }
}
