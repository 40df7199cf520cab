package jp.renkei.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of renkei ({@code renkei.*}), from {@code application.properties}, the environment
 * ({@code RENKEI_OUTPUT=...}) or the command line.
 *
 * @param input                      the input folder (indicators/, population/, reference/, activities/, surveys/)
 * @param output                     the output folder (warehouse.duckdb, parquet/, rejects/, work/)
 * @param duckdbMemoryLimit          DuckDB's memory_limit; never left at DuckDB's default of 80 % of RAM
 * @param duckdbThreads              DuckDB's threads
 * @param duckdbCheckpointThreshold  DuckDB's checkpoint_threshold: the write-ahead log's size at which committed
 *                                   rows are written into the database file
 * @param chunkSize                  items per Spring Batch chunk (one transaction)
 * @param homeRegion                 全国地方公共団体コード of the municipality whose programme the activity
 *                                   records describe (行田市 by default)
 * @param publish                    false for a dry run ({@code renkei validate}): everything is read and
 *                                   checked in a scratch folder, nothing is published
 * @param checkRatePer100kMax        the largest plausible rate per 100,000 (a data check before publishing)
 * @param checkMaxRowDrop            the largest share of a fact's rows that may disappear against the last
 *                                   published snapshot before publishing is refused (0.2 = 20 %)
 * @param snapshotRetentionDays      how many snapshot days to keep under output/parquet/
 * @param surveyKey                  the key of the respondent pseudonyms (HMAC-SHA256, at least 32 bytes); when
 *                                   empty, a random key is made once and kept in output/work/survey-hmac.key
 * @param surveyMinCell              k: survey cells counted from fewer respondents are suppressed
 * @param surveySuppressTotal        whether small 全体 cells of a survey are suppressed too (default false: 全体 is
 *                                   published in full and the cross-tabs are protected against subtraction from it)
 * @param progressEveryRows          a progress line inside the 見える化 step every so many cells
 * @param denominatorMaxYearDistance how many years away a denominator may be taken from when the period
 *                                   has none of its own (0: never; the value is then marked)
 * @param newSurveyKey               make a new survey key although the warehouse holds pseudonyms made with a key
 *                                   whose file is gone ({@code --new-survey-key})
 * @param inputFollowLinksOut        read a symbolic link in the input folder that points outside it; bound from the same
 *                                   system property and environment variable as {@link jp.renkei.input.InputLimits#followsLinksOut()},
 *                                   which the command line's own inventory reads before Spring starts
 */
@ConfigurationProperties("renkei")
public record RenkeiProperties(
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        @DefaultValue(RenkeiProperties.DEFAULT_DUCKDB_MEMORY_LIMIT) String duckdbMemoryLimit,
        @DefaultValue("2") int duckdbThreads,
        @DefaultValue("256MB") String duckdbCheckpointThreshold,
        @DefaultValue(RenkeiProperties.DEFAULT_CHUNK_SIZE) int chunkSize,
        @DefaultValue("112062") String homeRegion,
        @DefaultValue("true") boolean publish,
        @DefaultValue("1000000") double checkRatePer100kMax,
        @DefaultValue("0.2") double checkMaxRowDrop,
        @DefaultValue("30") int snapshotRetentionDays,
        @DefaultValue("") String surveyKey,
        @DefaultValue("5") int surveyMinCell,
        @DefaultValue("false") boolean surveySuppressTotal,
        @DefaultValue("500000") long progressEveryRows,
        @DefaultValue("0") int denominatorMaxYearDistance,
        @DefaultValue("false") boolean newSurveyKey,
        @DefaultValue("false") boolean inputFollowLinksOut) {

    /**
     * DuckDB's memory limit unless configured. Its buffer pool grows to the limit while it scans, so the limit
     * is most of a national load's footprint beside the heap. 512 MB with the launcher's heap of 320m: a national load
     * peaked at 1,092 MiB in the benchmark. 384 MB brings it to about 1,000-1,030 MiB but makes the merge and the publish about 15 %
     * slower (2026-12-07, four runs each); what needs more than the limit spills to the temp directory.
     */
    public static final String DEFAULT_DUCKDB_MEMORY_LIMIT = "512MB";

    /**
     * Values per chunk of the 見える化 step, and so per commit. A DuckDB commit writes the chunk to the
     * write-ahead log; at 10,000 a third of a national load's 見える化 step was commits.
     */
    public static final String DEFAULT_CHUNK_SIZE = "50000";

    /** The working database: the job repository and the warehouse being built; never read by analysts. */
    public Path workingDatabase() {
        return output.resolve("work").resolve("warehouse.duckdb");
    }

    /** The published warehouse analysts open. */
    public Path publishedDatabase() {
        return output.resolve("warehouse.duckdb");
    }
}
