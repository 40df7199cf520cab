package jp.renkei.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.load.StepCounts;
import jp.renkei.source.indicator.IndicatorInputReader;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** One load's figures, from its job execution: what `load` prints at the end and `runs` lists. */
public record RunSummary(long executionId, String runDate, LocalDateTime start, LocalDateTime end, String status,
                         long filesRead, long rowsIn, long rowsRejected, long rowsReplaced, long rowsRepeated,
                         long uncataloguedSeries, long emptyExports, long unreadableBooks) {

    public static RunSummary of(JobExecution execution) {
        long files = 0;
        long in = 0;
        long rejected = 0;
        long replaced = 0;
        long repeated = 0;
        long uncatalogued = 0;
        long empty = 0;
        long unreadable = 0;
        for (StepExecution s : execution.getStepExecutions()) {
            if (ExportPartitions.isPartition(s.getStepName())) {
                continue; // the step they belong to has their figures added up
            }
            var c = s.getExecutionContext();
            empty += c.getInt(IndicatorInputReader.EMPTY_EXPORTS, 0);
            unreadable += IndicatorInputReader.unreadable(c).size();
            if (s.getStepName().equals("prepare")) {
                files += s.getReadCount() - c.getInt(StepCounts.SKIPPED_FILES, 0);
            } else if (!s.getStepName().equals("mergeIndicators")) {
                in += s.getReadCount();
            }
            rejected += c.getLong(StepCounts.REJECTED, 0L);
            replaced += c.getLong(StepCounts.REPLACED, 0L);
            repeated += c.getLong(StepCounts.REPEATS, 0L);
            uncatalogued += c.getLong(StepCounts.UNCATALOGUED_SERIES, 0L);
        }
        var date = execution.getJobParameters().getLocalDate(LoadRun.RUN_DATE);
        return new RunSummary(execution.getId(), date == null ? "" : date.toString(), execution.getStartTime(),
                execution.getEndTime(), execution.getStatus().name(), files, in, rejected, replaced, repeated, uncatalogued, empty, unreadable);
    }

    public String line() {
        Duration took = start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
        return String.format("renkei: %s in %.1f s: %,d files read, %,d rows in, %,d rejected, %,d replaced",
                status, took.toMillis() / 1000.0, filesRead, rowsIn, rowsRejected, rowsReplaced)
                + (rowsRepeated > 0 ? String.format(", %,d set aside as repeats", rowsRepeated) : "")
                + String.format(", %,d uncatalogued series", uncataloguedSeries)
                + (emptyExports > 0 ? String.format(", %,d empty export%s", emptyExports, emptyExports == 1 ? "" : "s") : "")
                + (unreadableBooks > 0 ? String.format(", %,d book%s not readable", unreadableBooks, unreadableBooks == 1 ? "" : "s") : "");
    }

    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("execution_id", executionId);
        f.put("run_date", runDate);
        f.put("start", String.valueOf(start));
        f.put("end", String.valueOf(end));
        f.put("status", status);
        f.put("files_read", filesRead);
        f.put("rows_in", rowsIn);
        f.put("rows_rejected", rowsRejected);
        f.put("rows_replaced", rowsReplaced);
        f.put("rows_repeated", rowsRepeated);
        f.put("uncatalogued_series", uncataloguedSeries);
        f.put("empty_exports", emptyExports);
        f.put("unreadable_books", unreadableBooks);
        return f;
    }
}
