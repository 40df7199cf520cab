package jp.renkei.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.renkei.input.SourceKind;

/**
 * Writes a complete input folder of national scale (or any smaller size) that {@code renkei load} accepts
 * with no reject: reference/ (regions, catalogue), indicators/ (one 時系列 export per indicator covering
 * every region and year), population/ (yearly CSV for every region, year and base; e-Stat census tables
 * for the census years in range), activities/, surveys/ (one citizen survey, when asked for), and
 * generator-manifest.json beside them with the counts a load must arrive at. Exports are written one at a
 * time and survey responses one row at a time: memory stays at one indicator's cells.
 */
public final class InputGenerator {

    private final GeneratorSettings settings;
    private final Consumer<String> progress;

    /** @param progress receives a line now and then (every 10 % of the exports); may be {@code s -> {}} */
    public InputGenerator(GeneratorSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public GeneratorManifest generate(Path output) throws IOException {
        prepare(output);
        Path reference = Files.createDirectories(output.resolve(SourceKind.REFERENCE.folder()));
        Path indicators = Files.createDirectories(output.resolve(SourceKind.INDICATORS.folder()));
        Path population = Files.createDirectories(output.resolve(SourceKind.POPULATION.folder()));
        Path activities = Files.createDirectories(output.resolve(SourceKind.ACTIVITIES.folder()));

        RegionPlan plan = new RegionPlan(settings.municipalities());
        IndicatorPlan indicatorPlan = new IndicatorPlan(settings);
        PopulationModel model = new PopulationModel(settings, plan);

        ReferenceWriter.regions(reference, plan);
        int catalogueRows = ReferenceWriter.catalogue(reference, indicatorPlan.indicators());

        long yearly = YearlyPopulationWriter.write(population, settings, plan, model);
        long census = 0;
        int populationFiles = 1;
        for (int fy = settings.firstFiscalYear(); fy <= GeneratorSettings.LAST_FISCAL_YEAR; fy++) {
            if (fy % 5 == 0) { // 国勢調査: every year ending in 0 or 5, on 1 October
                census += CensusWriter.write(population, fy, settings, plan, model);
                populationFiles++;
            }
        }
        progress.accept(String.format("regions, catalogue and %,d population figures written", yearly + census));

        ExportWriter exports = new ExportWriter(settings, plan, model);
        List<IndicatorSpec> specs = indicatorPlan.indicators();
        long values = 0;
        long missing = 0;
        long index = 0;
        int xlsx = 0;
        for (int i = 0; i < specs.size(); i++) {
            ExportWriter.Written w = exports.write(specs.get(i), indicators);
            values += w.values();
            missing += w.missing();
            index += w.index();
            xlsx += specs.get(i).xlsx() ? 1 : 0;
            if ((i + 1) * 10 / specs.size() > i * 10 / specs.size()) {
                progress.accept(String.format("%d/%d exports, %,d values", i + 1, specs.size(), values));
            }
        }
        int activityRecords = ActivityWriter.write(activities, settings.seed());
        SurveyCounts survey = SurveyCounts.NONE;
        if (settings.hasSurvey()) {
            Path surveys = Files.createDirectories(output.resolve(SourceKind.SURVEYS.folder()));
            survey = new SurveyWriter(settings, plan).write(surveys);
            progress.accept(String.format("survey: %,d respondents × %d questions, %,d answers", survey.respondents(),
                    survey.questions(), survey.answers()));
        }

        GeneratorManifest manifest = new GeneratorManifest(settings, 1, Prefecture.ALL.size(), plan.municipalityCount(),
                specs.size() - xlsx, xlsx, populationFiles, 2, 1, catalogueRows, values, missing, index, yearly, census,
                activityRecords, sizeOf(indicators), sizeOf(population), survey);
        Files.writeString(output.resolve(GeneratorManifest.FILE), manifest.toJson(), StandardCharsets.UTF_8);
        return manifest;
    }

    /**
     * A missing or empty folder is used as it is; a previous generator output (it has the manifest) is
     * replaced; anything else is refused, so that a wrong --output never deletes someone's data.
     */
    static void prepare(Path output) throws IOException {
        if (!Files.exists(output)) {
            Files.createDirectories(output);
            return;
        }
        if (!Files.isDirectory(output)) {
            throw new IllegalArgumentException(output + " is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        if (!Files.exists(output.resolve(GeneratorManifest.FILE))) {
            throw new IllegalArgumentException(output + " is not empty and holds no " + GeneratorManifest.FILE
                    + ": give an empty or new folder");
        }
        for (SourceKind kind : SourceKind.values()) {
            deleteTree(output.resolve(kind.folder()));
        }
        Files.delete(output.resolve(GeneratorManifest.FILE));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
