package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Stage 3 of the benchmark: the floor, DuckDB alone doing the same job natively ({@link FloorRun}) in a child. */
final class FloorStage {

    private FloorStage() {
    }

    /** The floor's figures; {@code seconds} is its timed part, the ratio's denominator. */
    static Map<String, Object> run(BenchSettings settings, Path input, Path work, Child child, Path logs)
            throws IOException, InterruptedException {
        Path floorWork = work.resolve("floor");
        Benchmark.deleteTree(floorWork);
        Files.createDirectories(floorWork);
        Path floorResult = floorWork.resolve("result.json");
        var floorRun = child.run(List.of("bench", "floor", "--input", Benchmark.abs(input), "--work", Benchmark.abs(floorWork), "--memory-limit",
                settings.duckdbMemory(), "--threads", String.valueOf(settings.duckdbThreads()), "--result", Benchmark.abs(floorResult)),
                Map.of(), logs.resolve("floor"));
        JsonNode fr = Json.read(floorResult);
        Map<String, Object> floor = Benchmark.measured(floorRun);
        long floorRows = fr.path("indicatorRows").asLong();
        double floorSeconds = fr.path("timedSeconds").asDouble();
        floor.put("what", "renkei's schema; read_csv (UTF-8, decoded beforehand) into the same tables in SQL alone (unpivot, "
                + "region/indicator/period/unit joins, denominators and rates, survey counts); then COPY (query) TO parquet "
                + "(zstd) of every snapshot table; no rejects, lineage, job repository or warehouse copy");
        floor.put("rows", floorRows);
        floor.put("seconds", floorSeconds);
        floor.put("rowsPerSecond", floorRows / floorSeconds);
        floor.put("readSeconds", fr.path("readSeconds").asDouble());
        floor.put("indicatorSeconds", fr.path("indicatorSeconds").asDouble());
        floor.put("surveySeconds", fr.path("surveySeconds").asDouble());
        floor.put("copySeconds", fr.path("copySeconds").asDouble());
        floor.put("decodeSecondsNotTimed", fr.path("decodeSeconds").asDouble());
        floor.put("populationRows", fr.path("populationRows").asLong());
        floor.put("snapshotRows", fr.path("snapshotRows"));
        floor.put("parquetBytes", fr.path("parquetBytes").asLong());
        floor.put("duckdbVersion", fr.path("duckdbVersion").asString());
        return floor;

    }
}
