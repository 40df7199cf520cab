package jp.renkei.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import jp.renkei.config.RenkeiProperties;
import jp.renkei.input.SourceKind;
import jp.renkei.load.DataChecks;
import jp.renkei.load.DimensionGate;
import jp.renkei.load.IndicatorValueFormat;
import jp.renkei.load.InputState;
import jp.renkei.normalise.LoadItem;
import jp.renkei.load.LoadRegistry;
import jp.renkei.load.ReferenceDimensions;
import jp.renkei.load.StagingWriter;
import jp.renkei.load.SurveyTables;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.config.SurveyKey;
import jp.renkei.load.WarehouseLookups;
import jp.renkei.normalise.IndicatorValueProcessor;
import jp.renkei.normalise.IndicatorValueRow;
import jp.renkei.normalise.RateNormaliser;
import jp.renkei.source.indicator.IndicatorInput;
import jp.renkei.source.indicator.IndicatorInputReader;
import jp.renkei.publish.PublishedArtefact;
import jp.renkei.report.ReportArtefact;
import jp.renkei.publish.RejectFiles;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * The nightly load: reference data, population, 見える化 exports, activity records, data checks, then the publish.
 * The job repository lives in the working DuckDB file (declared as PostgreSQL, whose DDL and sequences run
 * on DuckDB), so a chunk's rows and the reader position that records them commit together.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(databaseType = "POSTGRES", isolationLevelForCreate = Isolation.DEFAULT)
public class NightlyLoadJobConfiguration {

    public static final String JOB_NAME = "nightlyLoad";
    /** The steps in order, as progress lines number them. */
    static final List<String> STEPS = List.of("prepare", "reference", "population", "indicators", "mergeIndicators",
            "activities", "surveys", "checks", "publish");

    @Bean
    public Job nightlyLoad(JobRepository jobRepository, PlatformTransactionManager tm, ProgressReporter progress,
                           PrepareLoadTasklet prepareTasklet, ReferenceTasklet referenceTasklet,
                           PopulationTasklet populationTasklet, Step indicatorStep,
                           MergeIndicatorValuesTasklet mergeIndicatorsTasklet, ActivityTasklet activityTasklet,
                           SurveyTasklet surveyTasklet, DataCheckTasklet checkTasklet, PublishTasklet publishTasklet,
                           RunningLoad runningLoad) {
        var steps = new Object() {
            Step of(String name, Tasklet tasklet) {
                return new StepBuilder(name, jobRepository).tasklet(tasklet, tm).listener(progress).build();
            }
        };
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runningLoad)
                .start(steps.of("prepare", prepareTasklet))
                .next(steps.of("reference", new UnlessInputUnchanged("regions and catalogue", referenceTasklet)))
                .next(steps.of("population", new UnlessInputUnchanged("population", populationTasklet)))
                .next(indicatorStep)
                .next(steps.of("mergeIndicators", mergeIndicatorsTasklet))
                .next(steps.of("activities", new UnlessInputUnchanged("activities", activityTasklet)))
                .next(steps.of("surveys", surveyTasklet))
                .next(steps.of("checks", new UnlessInputUnchanged("data checks", checkTasklet)))
                .next(steps.of("publish", publishTasklet))
                .build();
    }

    /** Not proxied (a record cannot be): only job- and step-scoped beans take it. */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public LoadRun loadRun(@Value("#{jobParameters['" + LoadRun.INPUT_DIR + "']}") String input,
                           @Value("#{jobParameters['" + LoadRun.RUN_DATE + "']}") LocalDate runDate,
                           RenkeiProperties properties) {
        return LoadRun.of(Path.of(input), properties.output(), runDate);
    }

    @Bean
    public RunningLoad runningLoad() {
        return new RunningLoad();
    }

    @Bean
    public LoadRegistry loadRegistry(DSLContext dsl) {
        return new LoadRegistry(dsl);
    }

    @Bean
    public ProgressReporter progressReporter(@Value("${renkei.log-format:text}") String logFormat) {
        return new ProgressReporter(new RunLog(System.out, RunLog.Format.valueOf(logFormat.toUpperCase())), STEPS);
    }

    @Bean
    @JobScope
    public PrepareLoadTasklet prepareTasklet(LoadRun loadRun, LoadRegistry registry, DSLContext dsl,
                                             @Value("#{jobParameters['" + LoadRun.FORCE + "']}") String force,
                                             @Value("#{jobParameters['" + LoadRun.INPUT_FINGERPRINT + "']}") String fingerprint) {
        return new PrepareLoadTasklet(loadRun, registry, new InputState(dsl), force != null, fingerprint);
    }

    @Bean
    @JobScope
    public ReferenceTasklet referenceTasklet(LoadRun loadRun, LoadRegistry registry, DSLContext dsl, DataSource dataSource) {
        return new ReferenceTasklet(loadRun, registry, new ReferenceDimensions(dsl), dataSource, new InputState(dsl));
    }

    @Bean
    @JobScope
    public PopulationTasklet populationTasklet(LoadRun loadRun, LoadRegistry registry, DSLContext dsl, DataSource dataSource,
                                               RenkeiProperties properties) {
        return new PopulationTasklet(loadRun, registry, dsl, dataSource, properties.duckdbThreads());
    }

    /**
     * The 見える化 step: one partition per export, as many at once as DuckDB has threads (the configured share of the
     * machine). Each partition is a restartable chunk step of its own; the step adds up their figures.
     */
    @Bean
    public Step indicatorStep(JobRepository repository, PlatformTransactionManager tm, RenkeiProperties properties,
                              IndicatorInputReader indicatorReader, IndicatorValueProcessor indicatorProcessor,
                              StagingWriter<IndicatorValueRow> indicatorWriter, ProgressReporter progress,
                              ObjectProvider<ExportsToRead> exportsToRead) {
        String name = "indicators";
        ChunkProgress chunkProgress = new ChunkProgress(progress.log(), properties.progressEveryRows(), name);
        Step export = new StepBuilder(name + "Export", repository)
                .<IndicatorInput, LoadItem<IndicatorValueRow>>chunk(properties.chunkSize())
                .transactionManager(tm)
                .reader(indicatorReader)
                .processor(indicatorProcessor)
                .writer(indicatorWriter)
                .listener(new JobScopeInPartitions())
                .listener(indicatorWriter)
                .listener(chunkProgress)
                .build();
        ExportPartitions partitions = new ExportPartitions(() -> exportsToRead.getObject().files(), properties.duckdbThreads());
        ExportPartitionStep step = new ExportPartitionStep(repository, name, partitions, export, properties.duckdbThreads(),
                new PartitionTotals(repository, partitions));
        step.registerStepExecutionListener(progress);
        step.registerStepExecutionListener(chunkProgress);
        step.registerStepExecutionListener(unreadableBooksToJob());
        return step;
    }

    /** The books the step could not read, handed to the merge (and the exit code) through the job's context. */
    private static org.springframework.batch.core.listener.ExecutionContextPromotionListener unreadableBooksToJob() {
        var promotion = new org.springframework.batch.core.listener.ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {IndicatorInputReader.UNREADABLE_BOOKS});
        return promotion;
    }

    /** The exports this load reads, decided when the 見える化 step starts (after the population step). */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public ExportsToRead exportsToRead(LoadRun loadRun, DSLContext dsl,
            @Value("#{jobExecutionContext['" + PrepareLoadTasklet.REREAD_ALL + "']}") Boolean rereadAll) {
        return new ExportsToRead(PrepareLoadTasklet.exportsToRead(loadRun, new InputState(dsl), Boolean.TRUE.equals(rereadAll)));
    }

    /** Reads the exports of one partition of the 見える化 step. */
    @Bean
    @StepScope
    public IndicatorInputReader indicatorReader(ExportsToRead exports, LoadRegistry registry, ProgressReporter progress,
            @Value("#{stepExecutionContext['" + ExportPartitions.FROM + "']}") Integer from,
            @Value("#{stepExecutionContext['" + ExportPartitions.TO + "']}") Integer to) {
        return new IndicatorInputReader(exports.files().subList(from, to), registry, note -> progress.log().event("note", note));
    }

    /** What every partition of the 見える化 step looks values up in, read once per load (after the population step). */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public IndicatorLookups indicatorLookups(DSLContext dsl, RenkeiProperties properties) {
        WarehouseLookups lookups = new WarehouseLookups(dsl);
        return new IndicatorLookups(lookups.catalogue(), lookups.regions(),
                new RateNormaliser(lookups.populations(properties.denominatorMaxYearDistance())));
    }

    @Bean
    @StepScope
    public IndicatorValueProcessor indicatorProcessor(IndicatorLookups lookups) {
        return new IndicatorValueProcessor(lookups.catalogue(), lookups.regions(), lookups.normaliser());
    }

    /** Shared by the partitions of one load's 見える化 step, whose chunks commit at the same time. */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public DimensionGate dimensionGate(PlatformTransactionManager tm) {
        return new DimensionGate(tm);
    }

    @Bean
    @StepScope
    public StagingWriter<IndicatorValueRow> indicatorWriter(DataSource dataSource, DSLContext dsl, LoadRun loadRun,
                                                            DimensionGate gate) {
        return new StagingWriter<>(dataSource, dsl, new IndicatorValueFormat(), SourceKind.INDICATORS, loadRun.loadId(),
                loadRun.inventory(), gate);
    }

    @Bean
    @JobScope
    public MergeIndicatorValuesTasklet mergeIndicatorsTasklet(LoadRun loadRun, DSLContext dsl, DataSource dataSource,
            @Value("#{jobExecutionContext['" + IndicatorInputReader.UNREADABLE_BOOKS + "']}") String unreadable) {
        var context = new org.springframework.batch.infrastructure.item.ExecutionContext();
        if (unreadable != null) {
            context.putString(IndicatorInputReader.UNREADABLE_BOOKS, unreadable);
        }
        return new MergeIndicatorValuesTasklet(loadRun, dsl, dataSource, IndicatorInputReader.unreadable(context));
    }

    @Bean
    @JobScope
    public SurveyTasklet surveyTasklet(LoadRun loadRun, LoadRegistry registry, DSLContext dsl, DataSource dataSource,
            RenkeiProperties properties,
            @Value("#{jobExecutionContext['" + PrepareLoadTasklet.REREAD_ALL + "']}") Boolean rereadAll) {
        return new SurveyTasklet(loadRun, registry, new SurveyTables(dsl, dataSource), new InputState(dsl), dataSource,
                SurveyKey.resolve(properties, dsl.fetchExists(dsl.selectOne().from(org.jooq.impl.DSL.table("dim_survey_respondent")))), new SuppressionRule(properties.surveyMinCell(), properties.surveySuppressTotal()), Boolean.TRUE.equals(rereadAll));
    }

    @Bean
    @JobScope
    public DataCheckTasklet checkTasklet(LoadRun loadRun, DSLContext dsl, RenkeiProperties properties) {
        return new DataCheckTasklet(loadRun, new DataChecks(dsl), properties);
    }

    @Bean
    @JobScope
    public PublishTasklet publishTasklet(LoadRun loadRun, DataSource dataSource, RenkeiProperties properties,
            @Value("#{jobExecutionContext['" + PrepareLoadTasklet.INPUT_UNCHANGED + "']}") Boolean inputUnchanged,
            ObjectProvider<PublishedArtefact> otherArtefacts) {
        // published in the same switch-over as the warehouse and the snapshot: the rejects, and any artefact bean
        List<PublishedArtefact> artefacts = new java.util.ArrayList<>(List.of(new RejectFiles(loadRun.loadId())));
        artefacts.add(new ReportArtefact(loadRun.output(), properties.homeRegion(), loadRun.loadId(),
                properties.snapshotRetentionDays()));
        otherArtefacts.orderedStream().forEach(artefacts::add);
        // as many tables written at once as DuckDB has threads: the configured share of the machine
        return new PublishTasklet(loadRun, dataSource, properties.publish(), properties.snapshotRetentionDays(),
                Boolean.TRUE.equals(inputUnchanged), properties.duckdbThreads(), artefacts);
    }

    @Bean
    @JobScope
    public ActivityTasklet activityTasklet(LoadRun loadRun, LoadRegistry registry, DSLContext dsl, DataSource dataSource,
                                           RenkeiProperties properties) {
        return new ActivityTasklet(loadRun, registry, dsl, dataSource, properties.homeRegion());
    }
}
