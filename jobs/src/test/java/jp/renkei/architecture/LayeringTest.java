package jp.renkei.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, as rules over the compiled classes: each stage of the data's way in its own place, arrows
 * pointing one way only (cli → job → {source, normalise, load, publish} → input → domain), no package cycles, and
 * the benchmark and the generator kept out of production code.
 */
class LayeringTest {

    private static JavaClasses renkei;

    @BeforeAll
    static void importClasses() {
        renkei = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.renkei");
    }

    @Test
    void eachLayerIsUsedOnlyByTheLayersAboveIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("entry").definedBy("jp.renkei")
                .layer("cli").definedBy("jp.renkei.cli..")
                .layer("bench").definedBy("jp.renkei.bench..")
                .layer("generate").definedBy("jp.renkei.generate..")
                .layer("job").definedBy("jp.renkei.job..")
                .layer("report").definedBy("jp.renkei.report..")
                .layer("publish").definedBy("jp.renkei.publish..")
                .layer("load").definedBy("jp.renkei.load..", "jp.renkei.warehouse..")
                .layer("normalise").definedBy("jp.renkei.normalise..")
                .layer("source").definedBy("jp.renkei.source..")
                .layer("input").definedBy("jp.renkei.input..")
                .layer("domain").definedBy("jp.renkei.domain..")
                .layer("config").definedBy("jp.renkei.config..")
                .whereLayer("entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("entry")
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("cli", "bench")
                .whereLayer("job").mayOnlyBeAccessedByLayers("entry", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "job")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("cli", "job", "report", "bench")
                .whereLayer("load").mayOnlyBeAccessedByLayers("cli", "job", "report", "bench")
                .whereLayer("normalise").mayOnlyBeAccessedByLayers("job", "load", "bench")
                .whereLayer("source").mayOnlyBeAccessedByLayers("cli", "job", "normalise", "load", "bench", "generate")
                .whereLayer("input").mayOnlyBeAccessedByLayers("cli", "job", "report", "publish", "load", "normalise",
                        "source", "bench", "generate")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("cli", "job", "report", "publish", "load", "normalise",
                        "source", "input", "bench", "generate")
                .check(renkei);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("jp.renkei.(**)").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("jp.renkei.warehouse.."))
                .check(renkei);
    }

    @Test
    void productionCodeNeverUsesTheBenchmarkOrTheGenerator() {
        noClasses().that().resideInAnyPackage("jp.renkei.job..", "jp.renkei.report..", "jp.renkei.publish..",
                        "jp.renkei.load..", "jp.renkei.normalise..", "jp.renkei.source..", "jp.renkei.input..",
                        "jp.renkei.domain..", "jp.renkei.config..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.renkei.bench..", "jp.renkei.generate..")
                .check(renkei);
    }

    @Test
    void readersAndNormalisersNeverTouchTheDatabase() {
        noClasses().that().resideInAnyPackage("jp.renkei.source..", "jp.renkei.normalise..", "jp.renkei.input..",
                        "jp.renkei.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                        "org.duckdb..", "jp.renkei.warehouse..", "jp.renkei.load..")
                .check(renkei);
    }
}
