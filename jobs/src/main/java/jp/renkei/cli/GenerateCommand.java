package jp.renkei.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.renkei.generate.GeneratorManifest;
import jp.renkei.generate.GeneratorSettings;
import jp.renkei.generate.InputGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic input folder of any size, for tests and the national benchmark. No Spring here. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic input folder that `renkei load` accepts with no reject: 見える化 時系列 "
                + "exports (CP932 CSV and .xlsx) for 全国, the 47 prefectures and N municipalities, yearly population "
                + "for every region, e-Stat census tables, the region master, the indicator catalogue, a few "
                + "activity records and a citizen survey (codebook.yaml and a CP932 responses.csv as a vendor delivers "
                + "it: SA, MA as flags, slots or codes in a cell, 「3つまで」 with some over-selection, numeric, free "
                + "text, 無回答), plus generator-manifest.json with the counts a load must arrive at.",
                "The same seed and sizes give byte-identical files. The defaults are the national case "
                        + "(1,741 × 200 × 20 = about 7 million values; a survey of 100,000 respondents × 40 questions).",
                "Exit codes: 0 written, 1 the folder could not be written, 2 usage error (also: --output is a "
                        + "non-empty folder that is not an earlier generator output)."})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Folder to write: new, empty, or an earlier generator output (replaced).")
    Path output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--municipalities", defaultValue = "1741", paramLabel = "N",
            description = "Municipalities, spread over the 47 prefectures as the real ones are (default: ${DEFAULT-VALUE}).")
    int municipalities;

    @Option(names = "--indicators", defaultValue = "200", paramLabel = "N",
            description = "Indicators, one export file each (default: ${DEFAULT-VALUE}).")
    int indicators;

    @Option(names = "--years", defaultValue = "20", paramLabel = "N",
            description = "Fiscal years, ending with R6年度 = 2024 (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--xlsx-share", defaultValue = "0.1", paramLabel = "F",
            description = "Share of exports written as .xlsx, the rest as CP932 CSV (default: ${DEFAULT-VALUE}).")
    double xlsxShare;

    @Option(names = "--series-per-indicator", defaultValue = "1", paramLabel = "N",
            description = "Rows per region in each export (default: ${DEFAULT-VALUE}).")
    int seriesPerIndicator;

    @Option(names = "--survey-respondents", defaultValue = "100000", paramLabel = "N",
            description = "Respondents of the citizen survey, one row each; 0 writes no survey (default: ${DEFAULT-VALUE}).")
    int surveyRespondents;

    @Option(names = "--survey-questions", defaultValue = "40", paramLabel = "N",
            description = "Questions of the survey besides 性別, 年代 and 地区 (default: ${DEFAULT-VALUE}).")
    int surveyQuestions;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(seed, municipalities, indicators, years, xlsxShare, seriesPerIndicator,
                    surveyRespondents, surveyQuestions);
        } catch (IllegalArgumentException e) {
            System.err.println("renkei generate: " + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        try {
            GeneratorManifest m = new InputGenerator(settings, line -> System.out.println("renkei generate: " + line))
                    .generate(output);
            System.out.printf("renkei generate: %d files (%,d bytes of exports, population and survey), %d regions, "
                            + "%,d indicator values (%,d missing), %,d population figures, %,d survey respondents × %d "
                            + "questions, in %.1f s; counts in %s%n",
                    m.files(), m.indicatorBytes() + m.populationBytes() + m.survey().bytes(), m.regions(),
                    m.indicatorValues(), m.missingValues(), m.populationFigures(), m.survey().respondents(),
                    m.survey().questions(), (System.nanoTime() - start) / 1e9, output.resolve(GeneratorManifest.FILE));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("renkei generate: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("renkei generate: cannot write " + output + ": " + e);
            return 1;
        }
    }
}
