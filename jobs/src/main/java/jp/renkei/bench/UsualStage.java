package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Stage 5 of the benchmark: the usual approach, renkei's indicators step writing through {@code JdbcBatchItemWriter}
 * ({@link UsualRun}) on a sample, extrapolated to the whole input and to a whole load.
 */
final class UsualStage {

    private UsualStage() {
    }

    /**
     * @param renkei          the full load's figures (its indicators and merge steps are replaced by the usual step)
     * @param loadWallSeconds the full load's wall time
     * @param values          the input's indicator values
     */
    static Map<String, Object> run(BenchSettings settings, Path input, Path renkeiOut, Path work, Child child, Path logs,
            Map<String, Object> renkei, double loadWallSeconds, long values) throws IOException, InterruptedException {
        Path usualWork = work.resolve("usual");
        Benchmark.deleteTree(usualWork);
        Files.createDirectories(usualWork);
        Path usualResult = usualWork.resolve("result.json");
        var usualRun = child.run(List.of("bench", "usual", "--input", Benchmark.abs(input), "--warehouse",
                Benchmark.abs(renkeiOut.resolve("warehouse.duckdb")), "--work", Benchmark.abs(usualWork), "--sample-rows",
                String.valueOf(settings.sampleRows()), "--chunk-size", String.valueOf(settings.chunkSize()),
                "--memory-limit", settings.duckdbMemory(), "--threads", String.valueOf(settings.duckdbThreads()),
                "--result", Benchmark.abs(usualResult)), Map.of(), logs.resolve("usual"));
        JsonNode ur = Json.read(usualResult);
        Map<String, Object> usual = Benchmark.measured(usualRun);
        long sample = ur.path("rowsWritten").asLong();
        double usualRps = ur.path("rowsPerSecond").asDouble();
        double extrapolatedStep = values / usualRps;
        double renkeiIndicators = RenkeiLoadStage.stepSeconds(renkei, "indicators");
        double renkeiMerge = RenkeiLoadStage.stepSeconds(renkei, "mergeIndicators");
        double extrapolatedLoad = loadWallSeconds - renkeiIndicators - renkeiMerge + extrapolatedStep;
        usual.put("what", "renkei's indicators step (same reader, processor, chunk size) writing with JdbcBatchItemWriter "
                + "straight into fct_indicator_value; the rest of the load taken as renkei's, merge left out");
        usual.put("label", "extrapolated from " + sample + " rows");
        usual.put("sampleRows", sample);
        usual.put("sampleSeconds", ur.path("seconds").asDouble());
        usual.put("rowsPerSecond", usualRps);
        usual.put("extrapolatedIndicatorsStepSeconds", extrapolatedStep);
        usual.put("extrapolatedLoadSeconds", extrapolatedLoad);
        usual.put("extrapolatedLoadRowsPerSecond", values / extrapolatedLoad);
        usual.put("chunkSize", ur.path("chunkSize").asInt());
        usual.put("peakRssNote", "peak RSS of the sample run only (not extrapolated)");
        return usual;

    }
}
