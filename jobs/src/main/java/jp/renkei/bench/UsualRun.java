package jp.renkei.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.renkei.config.RenkeiProperties;
import jp.renkei.input.InputInventory;
import jp.renkei.input.SourceKind;
import jp.renkei.normalise.LoadItem;
import jp.renkei.load.WarehouseLookups;
import jp.renkei.normalise.IndicatorValueProcessor;
import jp.renkei.normalise.IndicatorValueRow;
import jp.renkei.normalise.NormalisedValue;
import jp.renkei.normalise.RateNormaliser;
import jp.renkei.source.indicator.IndicatorInput;
import jp.renkei.source.indicator.IndicatorInputReader;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The usual approach, in a process of its own (run by {@code renkei bench}): renkei's own indicators step
 * (the same reader, the same processor, the same chunk size) but writing each chunk with Spring Batch's
 * {@link JdbcBatchItemWriter} (JDBC batch inserts) straight into {@code fct_indicator_value}, instead of the
 * Appender into staging and one set-based merge. Runs on a copy of the warehouse renkei's load published (so
 * that the catalogue, regions and population the processor looks up are the same), for the first
 * {@code --sample-rows} cells only: the caller extrapolates to the full count and says so.
 */
@Command(name = "usual", hidden = true, description = "Benchmark child: the indicators step through JdbcBatchItemWriter.")
public class UsualRun implements Callable<Integer> {

    static final String INSERT = "INSERT INTO fct_indicator_value VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Option(names = "--input", required = true)
    Path input;

    @Option(names = "--warehouse", required = true, description = "warehouse.duckdb published by renkei's load")
    Path warehouse;

    @Option(names = "--sample-rows", defaultValue = "50000")
    long sampleRows;

    @Option(names = "--chunk-size", defaultValue = RenkeiProperties.DEFAULT_CHUNK_SIZE)
    int chunkSize;

    @Mixin
    ChildOptions child;

    @Override
    public Integer call() throws Exception {
        Path db = child.work.resolve("usual.duckdb");
        Files.deleteIfExists(child.work.resolve("usual.duckdb.wal"));
        Files.copy(warehouse, db, StandardCopyOption.REPLACE_EXISTING);

        HikariConfig config = new HikariConfig();
        config.setPoolName("usual");
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + db.toAbsolutePath());
        config.addDataSourceProperty("memory_limit", child.memoryLimit);
        config.addDataSourceProperty("threads", String.valueOf(child.threads));
        config.addDataSourceProperty("temp_directory", child.duckdbTemp().toString());
        config.setMaximumPoolSize(2);
        config.setAutoCommit(true);
        Map<String, Object> r = new LinkedHashMap<>();
        try (HikariDataSource ds = new HikariDataSource(config)) {
            var dsl = DSL.using(ds, SQLDialect.DUCKDB);
            dsl.execute("DELETE FROM fct_indicator_value"); // not timed: the usual writer starts from an empty fact
            WarehouseLookups lookups = new WarehouseLookups(dsl);
            IndicatorValueProcessor renkeiProcessor = new IndicatorValueProcessor(lookups.catalogue(), lookups.regions(),
                    new RateNormaliser(lookups.populations(0)));
            ItemProcessor<IndicatorInput, IndicatorValueRow> processor = in -> {
                LoadItem<IndicatorValueRow> item = renkeiProcessor.process(in);
                return item instanceof LoadItem.Row<IndicatorValueRow> row ? row.row() : null;
            };
            var files = InputInventory.scan(input).of(SourceKind.INDICATORS);
            SampleReader reader = new SampleReader(new IndicatorInputReader(files, (f, e, l, d) -> { }), sampleRows);
            JdbcBatchItemWriter<IndicatorValueRow> writer = new JdbcBatchItemWriterBuilder<IndicatorValueRow>()
                    .dataSource(ds).sql(INSERT).itemPreparedStatementSetter(UsualRun::bind).assertUpdates(false).build();
            writer.afterPropertiesSet();

            var repository = new ResourcelessJobRepository();
            var tm = new JdbcTransactionManager(ds);
            Step step = new StepBuilder("usualIndicators", repository)
                    .<IndicatorInput, IndicatorValueRow>chunk(chunkSize).transactionManager(tm)
                    .reader(reader).processor(processor).writer(writer).build();
            Job job = new JobBuilder("usualLoad", repository).start(step).build();
            var operator = new TaskExecutorJobOperator();
            operator.setJobRepository(repository);
            operator.setJobRegistry(new org.springframework.batch.core.configuration.support.MapJobRegistry());
            operator.afterPropertiesSet();

            long t = System.nanoTime();
            JobExecution execution = operator.start(job, new JobParametersBuilder().toJobParameters());
            double seconds = (System.nanoTime() - t) / 1e9;
            if (!"COMPLETED".equals(execution.getStatus().name())) {
                System.err.println("usual: job " + execution.getStatus() + " " + execution.getAllFailureExceptions());
                return 1;
            }
            StepExecution se = execution.getStepExecutions().iterator().next();
            long inTable = ((Number) dsl.fetchValue("SELECT count(*) FROM fct_indicator_value")).longValue();
            r.put("sampleRowsAsked", sampleRows);
            r.put("cellsRead", se.getReadCount());
            r.put("rowsWritten", se.getWriteCount());
            r.put("rowsInTable", inTable);
            r.put("seconds", seconds);
            r.put("rowsPerSecond", se.getWriteCount() / seconds);
            r.put("chunkSize", chunkSize);
            r.put("commits", se.getCommitCount());
            r.put("writer", "JdbcBatchItemWriter: " + INSERT);
        }
        child.writeResult(r);
        return 0;
    }

    static void bind(IndicatorValueRow row, PreparedStatement ps) throws SQLException {
        NormalisedValue v = row.value();
        int i = 1;
        ps.setString(i++, row.indicatorId());
        ps.setString(i++, row.regionCode());
        ps.setString(i++, row.period().key());
        ps.setString(i++, row.period().raw());
        ps.setString(i++, row.publishedText());
        number(ps, i++, v.published());
        ps.setString(i++, row.unit());
        ps.setString(i++, v.kind().code());
        ps.setString(i++, v.base() == null ? null : v.base().label());
        integer(ps, i++, v.multiplier());
        number(ps, i++, v.numerator());
        ps.setBoolean(i++, v.numeratorEstimated());
        bigint(ps, i++, v.denominator());
        if (v.denominatorAsOf() == null) {
            ps.setNull(i++, Types.DATE);
        } else {
            ps.setDate(i++, Date.valueOf(v.denominatorAsOf()));
        }
        number(ps, i++, v.ratePer100k());
        bigint(ps, i++, v.totalPopulation());
        number(ps, i++, v.ratePer100kTotal());
        ps.setString(i++, v.status().code());
        ps.setString(i++, row.sourceFileId());
        ps.setInt(i++, row.sourceRow());
        ps.setString(i++, row.sourceColumn());
        ps.setString(i++, "bench-usual");
        ps.setBoolean(i++, row.projection());
        ps.setString(i, row.displayMode());
    }

    private static void number(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v.doubleValue());
        }
    }

    private static void integer(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void bigint(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    /** renkei's restartable reader, stopped after the first N cells. */
    static final class SampleReader implements ItemStreamReader<IndicatorInput> {
        private final IndicatorInputReader delegate;
        private final long limit;
        private long read;

        SampleReader(IndicatorInputReader delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public IndicatorInput read() {
            return read++ < limit ? delegate.read() : null;
        }

        @Override
        public void open(ExecutionContext context) {
            delegate.open(context);
        }

        @Override
        public void update(ExecutionContext context) {
            delegate.update(context);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
