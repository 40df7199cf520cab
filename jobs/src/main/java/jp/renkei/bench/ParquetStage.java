package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Stage 4 of the benchmark: renkei's Parquet writer against DuckDB's {@code COPY TO} on the same rows ({@link ParquetRun}). */
final class ParquetStage {

    private ParquetStage() {
    }

    static Map<String, Object> run(BenchSettings settings, Path renkeiOut, Path work, Child child, Path logs)
            throws IOException, InterruptedException {
        Path parquetWork = work.resolve("parquet");
        Benchmark.deleteTree(parquetWork);
        Files.createDirectories(parquetWork);
        Path parquetResult = parquetWork.resolve("result.json");
        var parquetRun = child.run(List.of("bench", "parquet", "--warehouse", Benchmark.abs(renkeiOut.resolve("warehouse.duckdb")),
                "--work", Benchmark.abs(parquetWork), "--memory-limit", settings.duckdbMemory(), "--threads",
                String.valueOf(settings.duckdbThreads()), "--result", Benchmark.abs(parquetResult)), Map.of(), logs.resolve("parquet"));
        JsonNode pr = Json.read(parquetResult);
        Map<String, Object> parquet = Benchmark.measured(parquetRun);
        parquet.put("what", "the snapshot's two national-size tables (" + pr.path("tables") + ") from the published "
                + "warehouse: renkei's publisher (Arrow export, parquet-java column writers, sliced, side by side) "
                + "against DuckDB COPY (query) TO parquet (zstd) of the same queries");
        parquet.put("rows", pr.path("rows").asLong());
        parquet.put("renkeiSeconds", pr.path("renkeiSeconds").asDouble());
        parquet.put("copySeconds", pr.path("copySeconds").asDouble());
        parquet.put("copyMemoryLimit", pr.path("copyMemoryLimit").asString(settings.duckdbMemory()));
        parquet.put("renkeiRowsPerSecond", pr.path("rows").asLong() / pr.path("renkeiSeconds").asDouble());
        parquet.put("copyRowsPerSecond", pr.path("rows").asLong() / pr.path("copySeconds").asDouble());
        Benchmark.deleteTree(parquetWork.resolve("renkei"));
        Benchmark.deleteTree(parquetWork.resolve("duckdb"));
        return parquet;
    }
}
