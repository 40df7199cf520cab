package jp.renkei.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import jp.renkei.config.RenkeiProperties;
import jp.renkei.config.SurveyKey;
import jp.renkei.input.SourceKind;
import jp.renkei.load.ActivityFormat;
import jp.renkei.load.DataChecks;
import jp.renkei.load.DimensionGate;
import jp.renkei.load.FactMergeAtEnd;
import jp.renkei.load.Facts;
import jp.renkei.load.IndicatorValueFormat;
import jp.renkei.load.InputState;
import jp.renkei.load.LoadRegistry;
import jp.renkei.load.PopulationFormat;
import jp.renkei.load.PopulationMerge;
import jp.renkei.load.ReferenceDimensions;
import jp.renkei.load.ReferenceWriter;
import jp.renkei.load.StagingWriter;
import jp.renkei.load.SurveyTables;
import jp.renkei.load.WarehouseLookups;
import jp.renkei.normalise.ActivityProcessor;
import jp.renkei.normalise.ActivityRow;
import jp.renkei.normalise.AsRead;
import jp.renkei.normalise.IndicatorValueProcessor;
import jp.renkei.normalise.IndicatorValueRow;
import jp.renkei.normalise.LoadItem;
import jp.renkei.normalise.PopulationProcessor;
import jp.renkei.normalise.PopulationRow;
import jp.renkei.normalise.RateNormaliser;
import jp.renkei.normalise.survey.SuppressionRule;
import jp.renkei.publish.PublishedArtefact;
import jp.renkei.publish.RejectFiles;
import jp.renkei.report.ReportArtefact;
import jp.renkei.source.activity.ActivityInputReader;
import jp.renkei.source.indicator.IndicatorInput;
import jp.renkei.source.indicator.IndicatorInputReader;
import jp.renkei.source.population.PopulationInputReader;
import jp.renkei.source.reference.ReferenceInputReader;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
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
                           PrepareLoadTasklet prepareTasklet, Step referenceStep,
                           Step populationStep, Step indicatorStep,
                           MergeIndicatorValuesTasklet mergeIndicatorsTasklet, Step activityStep,
                           SurveyTasklet surveyTasklet, DataCheckTasklet checkTasklet, PublishTasklet publishTasklet,
                           RunningLoad runningLoad) {
        var steps = new Object() {
            Step of(String name, Tasklet tasklet) {
                return new StepBuilder(name, jobRepository).tasklet(tasklet, tm).listener(progress).build();
            }
        };
        Step surveys = steps.of("surveys", surveyTasklet);
        Step checks = steps.of("checks", checkTasklet);
        Step publish = steps.of("publish", publishTasklet);
        // a small source runs unless none of the files it depends on changed since the last load, the checks unless
        // no input file did
        var referenceGate = new UnlessInputUnchanged("regions and catalogue", "reference", SourceKind.REFERENCE, progress);
        var populationGate = new UnlessInputUnchanged("population", "population", SourceKind.POPULATION, progress);
        var activityGate = new UnlessInputUnchanged("activities", "activities", SourceKind.ACTIVITIES, progress);
        var checkGate = new UnlessInputUnchanged("data checks", "checks", null, progress);
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runningLoad)
                .start(steps.of("prepare", prepareTasklet))
                .next(referenceGate).on(UnlessInputUnchanged.SKIP.getName()).to(populationGate)
                .from(referenceGate).on(UnlessInputUnchanged.RUN.getName()).to(referenceStep)
                .next(populationGate).on(UnlessInputUnchanged.SKIP.getName()).to(indicatorStep)
                .from(populationGate).on(UnlessInputUnchanged.RUN.getName()).to(populationStep).next(indicatorStep)
                .next(steps.of("mergeIndicators", mergeIndicatorsTasklet))
                .next(activityGate).on(UnlessInputUnchanged.SKIP.getName()).to(surveys)
                .from(activityGate).on(UnlessInputUnchanged.RUN.getName()).to(activityStep).next(surveys)
                .next(checkGate).on(UnlessInputUnchanged.SKIP.getName()).to(publish)
                .from(checkGate).on(UnlessInputUnchanged.RUN.getName()).to(checks).next(publish)
                .end()
                .build();
    }

    /**
     * The reference step: region masters and the indicator catalogue (input/reference/); at the end, the catalogue
     * in force.
     */
    @Bean
    public Step referenceStep(JobRepository repository, PlatformTransactionManager tm, RenkeiProperties properties,
                              ReferenceInputReader referenceReader, ReferenceWriter referenceWriter,
                              ProgressReporter progress) {
        return sourceStep("reference", repository, tm, properties.chunkSize(), referenceReader, new AsRead<>(),
                referenceWriter, progress);
    }

    @Bean
    @StepScope
    public ReferenceInputReader referenceReader(LoadRun loadRun) {
        return new ReferenceInputReader(loadRun.input(), loadRun.inventory().of(SourceKind.REFERENCE));
    }

    @Bean
    @StepScope
    public ReferenceWriter referenceWriter(DataSource dataSource, DSLContext dsl, LoadRun loadRun, LoadRegistry registry) {
        return new ReferenceWriter(new ReferenceDimensions(dsl), dataSource, new InputState(dsl), registry, loadRun.loadId(),
                loadRun.inventory());
    }

    /**
     * The population step: the census and yearly figures of input/population/; at the end, the denominators the
     * exports give, then the merge.
     */
    @Bean
    public Step populationStep(JobRepository repository, PlatformTransactionManager tm, RenkeiProperties properties,
                               PopulationInputReader populationReader, PopulationProcessor populationProcessor,
                               StagingWriter<PopulationRow> populationWriter, ProgressReporter progress) {
        return sourceStep("population", repository, tm, properties.chunkSize(), populationReader, populationProcessor,
                populationWriter, progress);
    }

    /** The codes of the region master, as the reference step left it. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    public RegionCodes regionCodes(DSLContext dsl) {
        return new RegionCodes(new WarehouseLookups(dsl).regionCodes());
    }

    @Bean
    @StepScope
    public PopulationInputReader populationReader(LoadRun loadRun, RegionCodes regions,
            @Value("#{jobExecutionContext['" + PrepareLoadTasklet.POPULATION_FOLDER_UNCHANGED + "']}") Boolean folderUnchanged) {
        // run for the exports' denominators alone, the step takes population/'s figures from the warehouse (PopulationMerge)
        return new PopulationInputReader(loadRun.input(), Boolean.TRUE.equals(folderUnchanged) ? List.of()
                : loadRun.inventory().of(SourceKind.POPULATION), regions.codes());
    }

    @Bean
    @StepScope
    public PopulationProcessor populationProcessor(RegionCodes regions) {
        return new PopulationProcessor(regions.codes());
    }

    @Bean
    @StepScope
    public StagingWriter<PopulationRow> populationWriter(DataSource dataSource, DSLContext dsl, LoadRun loadRun,
                                                         LoadRegistry registry, RenkeiProperties properties) {
        InputState state = new InputState(dsl);
        return new StagingWriter<>(dataSource, dsl, new PopulationFormat(), SourceKind.POPULATION, loadRun.loadId(),
                loadRun.inventory(), registry, new PopulationMerge(dsl, dataSource, loadRun.loadId(), loadRun.inventory(),
                properties.duckdbThreads(), PrepareLoadTasklet.REREAD_ALL, PrepareLoadTasklet.POPULATION_FOLDER_UNCHANGED,
                rereadAll -> PrepareLoadTasklet.exportsToRead(loadRun, state, rereadAll)));
    }

    /** The activities step: the programme's own figures (input/activities/), merged after the last file. */
    @Bean
    public Step activityStep(JobRepository repository, PlatformTransactionManager tm, RenkeiProperties properties,
                             ActivityInputReader activityReader, ActivityProcessor activityProcessor,
                             StagingWriter<ActivityRow> activityWriter, ProgressReporter progress) {
        return sourceStep("activities", repository, tm, properties.chunkSize(), activityReader, activityProcessor,
                activityWriter, progress);
    }

    @Bean
    @StepScope
    public ActivityInputReader activityReader(LoadRun loadRun) {
        return new ActivityInputReader(loadRun.input(), loadRun.inventory().of(SourceKind.ACTIVITIES));
    }

    @Bean
    @StepScope
    public ActivityProcessor activityProcessor(RenkeiProperties properties) {
        return new ActivityProcessor(properties.homeRegion());
    }

    @Bean
    @StepScope
    public StagingWriter<ActivityRow> activityWriter(DataSource dataSource, DSLContext dsl, LoadRun loadRun,
                                                     LoadRegistry registry) {
        return new StagingWriter<>(dataSource, dsl, new ActivityFormat(), SourceKind.ACTIVITIES, loadRun.loadId(),
                loadRun.inventory(), registry, new FactMergeAtEnd(Facts.ACTIVITIES, dsl, dataSource, loadRun.loadId(),
                loadRun.inventory(), SourceKind.ACTIVITIES));
    }

    /**
     * A source's chunk step: its reader, its processor and its writer (which also hears when the step starts), with
     * the step's progress line and the fault tests' hook between chunks.
     */
    private static <I, O, W extends ItemWriter<O> & StepExecutionListener> Step sourceStep(String name,
            JobRepository repository, PlatformTransactionManager tm, int chunkSize, ItemReader<I> reader,
            ItemProcessor<I, O> processor, W writer, ProgressReporter progress) {
        return new StepBuilder(name, repository)
                .<I, O>chunk(chunkSize)
                .transactionManager(tm)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener((StepExecutionListener) writer)
                .listener(progress)
                .listener(new ChunkFaultPoint())
                .build();
    }

    /** Not proxied (a record cannot be): only job- and step-scoped beans take it. */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    public LoadRun loadRun(@Value("#{jobParameters['" + LoadRun.INPUT_DIR + "']}") String input,
                           @Value("#{jobParameters['" + LoadRun.INPUT_FINGERPRINT + "']}") String fingerprint,
                           @Value("#{jobParameters['" + LoadRun.RUN_DATE + "']}") LocalDate runDate,
                           RenkeiProperties properties, ObjectProvider<ScannedInput> scanned) {
        ScannedInput taken = scanned.getIfAvailable();
        if (taken != null && taken.isOf(Path.of(input), fingerprint)) {
            return LoadRun.of(Path.of(input), properties.output(), runDate, taken.inventory());
        }
        return LoadRun.of(Path.of(input), properties.output(), runDate, properties.inputFollowLinksOut());
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
}
