package jp.renkei.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Stage 6 of the benchmark: {@code renkei --help}, the JVM's start-up, median of a few runs. */
final class HelpStage {

    private HelpStage() {
    }

    static Map<String, Object> run(BenchSettings settings, Child child, Path logs) throws IOException, InterruptedException {
        List<ChildProcess.Measurement> helps = new ArrayList<>();
        for (int i = 0; i < settings.helpRuns(); i++) {
            helps.add(child.run(List.of("--help"), Map.of(), logs.resolve("help-" + (i + 1))));
        }
        helps.sort(Comparator.comparingDouble(ChildProcess.Measurement::wallSeconds));
        Map<String, Object> help = Benchmark.measured(helps.get(helps.size() / 2));
        help.put("what", "java … RenkeiMain --help (the JVM only, not the ./renkei shell launcher); median of "
                + helps.size());
        help.put("allSeconds", helps.stream().map(ChildProcess.Measurement::wallSeconds).toList());
        return help;

    }
}
