package jp.renkei.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.publish.SnapshotPublisher;
import jp.renkei.input.SourceKind;
import jp.renkei.load.InputState;
import jp.renkei.load.LoadRegistry;
import jp.renkei.load.StepCounts;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Records the load and its input files, empties staging, and decides what is read again: a small source (reference,
 * population, activities) when a file it depends on changed ({@link #DEPENDS_ON}); an export only when its bytes
 * changed, unless the reference or population data changed (every rate's denominator may have moved) or the load is
 * forced.
 */
public class PrepareLoadTasklet implements Tasklet {

    /** Job execution context key: true when every export is read again. */
    public static final String REREAD_ALL = "renkei.reread-all-exports";
    /** Job execution context key: true when every input file is one the warehouse already reflects. */
    public static final String INPUT_UNCHANGED = "renkei.input-unchanged";

    /**
     * Job execution context key: true when population/ and the region master are as the warehouse reflects them, so
     * that a population step run for the exports' denominators takes population/'s figures from the warehouse
     * instead of reading the files again.
     */
    public static final String POPULATION_FOLDER_UNCHANGED = "renkei.population-folder-unchanged";

    /**
     * The files a small source's step reads or resolves against: a step whose files are all ones the warehouse
     * already reflects would only write again what it holds. Population depends on the exports too (their
     * denominator series, and an export's figures go when it does); activities and population on the region master.
     */
    static final Map<SourceKind, List<SourceKind>> DEPENDS_ON = Map.of(
            SourceKind.REFERENCE, List.of(SourceKind.REFERENCE),
            SourceKind.POPULATION, List.of(SourceKind.REFERENCE, SourceKind.POPULATION, SourceKind.INDICATORS),
            SourceKind.ACTIVITIES, List.of(SourceKind.REFERENCE, SourceKind.ACTIVITIES));

    private final LoadRun run;
    private final LoadRegistry registry;
    private final InputState state;
    private final boolean force;
    private final String inputFingerprint;

    /** @param inputFingerprint the fingerprint the load was started with (a job parameter) */
    public PrepareLoadTasklet(LoadRun run, LoadRegistry registry, InputState state, boolean force, String inputFingerprint) {
        this.run = run;
        this.registry = registry;
        this.state = state;
        this.force = force;
        this.inputFingerprint = inputFingerprint;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        registry.begin(run.loadId(), run.runDate(), run.inventory(), LoadRegistry.version());
        // a forced load, or new denominators or regions, means every export and survey is read again
        boolean rereadAll = force || !state.unchanged(run.inventory(), SourceKind.REFERENCE, SourceKind.POPULATION);
        contribution.getStepExecution().getJobExecution().getExecutionContext().put(REREAD_ALL, rereadAll);
        if (!run.inventory().fingerprint().equals(inputFingerprint)) {
            throw new InputFileException(InputProblem.ofFile(run.input().toString(), "the input folder changed after the load began",
                    "other files or other bytes than when it was started", "the input unchanged while the load runs; run it again"));
        }
        // nothing to do again only when the published output, not just the working warehouse, is of this input
        boolean inputUnchanged = !force && state.unchanged(run.inventory(), SourceKind.values())
                && run.inventory().fingerprint().equals(SnapshotPublisher.publishedOrigin(run.output()).inputFingerprint());
        contribution.getStepExecution().getJobExecution().getExecutionContext().put(INPUT_UNCHANGED, inputUnchanged);
        contribution.getStepExecution().getJobExecution().getExecutionContext().put(POPULATION_FOLDER_UNCHANGED,
                !force && state.unchanged(run.inventory(), SourceKind.REFERENCE, SourceKind.POPULATION));
        List<InputFile> exports = exportsToRead(run, state, rereadAll);
        List<InputFile> toRead = new ArrayList<>(exports);
        for (SourceKind kind : List.of(SourceKind.REFERENCE, SourceKind.POPULATION, SourceKind.ACTIVITIES)) {
            boolean unchanged = inputUnchanged
                    || !force && state.unchanged(run.inventory(), DEPENDS_ON.get(kind).toArray(SourceKind[]::new));
            contribution.getStepExecution().getJobExecution().getExecutionContext().put(unchangedKey(kind), unchanged);
            if (!unchanged) { // UnlessInputUnchanged passes over the step otherwise, and its rejects stay current
                toRead.addAll(run.inventory().of(kind));
            }
        }
        state.forgetRejects(toRead);
        int skipped = run.inventory().of(SourceKind.INDICATORS).size() - exports.size();
        contribution.getStepExecution().getExecutionContext().putInt(StepCounts.SKIPPED_FILES, skipped);
        contribution.getStepExecution().setReadCount(run.inventory().files().size());
        return RepeatStatus.FINISHED;
    }

    /** Job execution context key: true when the step of a small source has nothing new to read ({@link #DEPENDS_ON}). */
    static String unchangedKey(SourceKind kind) {
        return "renkei.unchanged." + kind.folder();
    }

    /** The exports this load reads: all of them, or those whose version the warehouse does not reflect yet. */
    public static List<InputFile> exportsToRead(LoadRun run, InputState state, boolean rereadAll) {
        List<InputFile> exports = run.inventory().of(SourceKind.INDICATORS);
        if (rereadAll) {
            return exports;
        }
        Set<String> reflected = state.reflected(SourceKind.INDICATORS);
        return exports.stream().filter(f -> !reflected.contains(f.sourceFileId())).toList();
    }
}
