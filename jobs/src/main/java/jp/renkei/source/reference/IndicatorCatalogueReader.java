package jp.renkei.source.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.renkei.domain.RateBase;
import jp.renkei.input.CodeListCells;
import jp.renkei.input.CsvRow;
import jp.renkei.input.InputProblem;
import jp.renkei.input.NumberText;
import jp.renkei.input.ReadResult;
import jp.renkei.input.SimpleCsv;

/**
 * Reads the indicator catalogue the section keeps: which 見える化 export series becomes which indicator,
 * its rate base and multiplier, and the 場面 and 取組 it reports on. Header
 * {@code indicator_id,export_id,series_name,indicator_name,base,multiplier,scenes,initiatives,note}
 * (note may be left out). A duplicate is a second row for an indicator or series already loaded: a row
 * rejected for another reason does not make a later one a duplicate.
 */
public final class IndicatorCatalogueReader {

    public static final List<String> HEADER = List.of("indicator_id", "export_id", "series_name", "indicator_name", "base",
            "multiplier", "scenes", "initiatives", "note");
    private static final List<String> REQUIRED = HEADER.subList(0, HEADER.size() - 1);
    private static final Set<Integer> MULTIPLIERS = Set.of(100, 1_000, 10_000, 100_000);
    private static final String BASES = Stream.of(RateBase.values()).map(RateBase::label)
            .collect(Collectors.joining(", "));

    private record Series(String exportId, String seriesName) {
    }

    public ReadResult<CatalogueEntry> read(Path inputRoot, Path file) {
        return read(SimpleCsv.read(inputRoot, file, REQUIRED, HEADER));
    }

    /** A catalogue held as bytes: renkei's default one, a resource in the jar. */
    public ReadResult<CatalogueEntry> read(String name, byte[] bytes) {
        return read(SimpleCsv.of(jp.renkei.input.CsvFile.decode(name, bytes), REQUIRED, HEADER));
    }

    private ReadResult<CatalogueEntry> read(SimpleCsv csv) {
        String name = csv.name();
        List<CatalogueEntry> entries = new ArrayList<>();
        List<InputProblem> rejects = new ArrayList<>();
        Map<String, Integer> idRows = new HashMap<>();
        Map<Series, Integer> seriesRows = new HashMap<>();
        for (CsvRow row : csv.rows()) {
            int r = row.number();
            List<InputProblem> problems = new ArrayList<>();
            String id = required(name, r, "indicator_id", csv.value(row, "indicator_id"), "renkei's id for the indicator", problems);
            String exportId = required(name, r, "export_id", csv.value(row, "export_id"),
                    "the 見える化 指標ID, e.g. δ1-c", problems);
            String series = csv.value(row, "series_name");
            String indicatorName = required(name, r, "indicator_name", csv.value(row, "indicator_name"),
                    "the indicator's name", problems);
            RateBase base = base(name, r, csv.value(row, "base"), problems);
            Integer multiplier = multiplier(name, r, csv.value(row, "multiplier"), problems);
            List<Integer> scenes = CodeListCells.scenes(name, r, "scenes", csv.value(row, "scenes"), problems);
            List<String> initiatives = CodeListCells.initiatives(name, r, "initiatives", csv.value(row, "initiatives"), problems);
            if (!id.isEmpty() && idRows.containsKey(id)) {
                problems.add(InputProblem.at(name, r, "indicator_id", "duplicated indicator_id", id,
                        "one row per indicator (the same at row " + idRows.get(id) + ")"));
            }
            Series key = new Series(exportId, series);
            if (!exportId.isEmpty() && seriesRows.containsKey(key)) {
                problems.add(InputProblem.at(name, r, null, "duplicated export series",
                        series.isEmpty() ? exportId + " (no series_name)" : exportId + " / " + series,
                        "one indicator per export_id and series_name (the same at row " + seriesRows.get(key) + ")"));
            }
            if (!problems.isEmpty()) {
                rejects.addAll(problems);
                continue;
            }
            idRows.put(id, r);
            seriesRows.put(key, r);
            String note = csv.value(row, "note");
            entries.add(new CatalogueEntry(id, exportId, series, indicatorName, base, multiplier, scenes, initiatives,
                    note.isEmpty() ? null : note));
        }
        return new ReadResult<>(name, csv.file().encoding(), "renkei indicator catalogue", entries, rejects);
    }

    private static String required(String file, int row, String column, String value, String expected,
            List<InputProblem> problems) {
        if (value.isEmpty()) {
            problems.add(InputProblem.at(file, row, column, "missing " + column, null, expected));
        }
        return value;
    }

    private static RateBase base(String file, int row, String text, List<InputProblem> problems) {
        if (text.isEmpty()) {
            return null; // a count, not a rate
        }
        Optional<RateBase> base = RateBase.fromText(text);
        if (base.isEmpty()) {
            problems.add(InputProblem.at(file, row, "base", "unknown base", text, "one of " + BASES + ", or empty for a count"));
        }
        return base.orElse(null);
    }

    private static Integer multiplier(String file, int row, String text, List<InputProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> n = NumberText.decimal(text);
        // 1000 and "1,000" (and 1000.0 from Excel) are fine; the comparison rules out 1000.5 and overflow.
        if (n.isPresent() && n.get().compareTo(BigDecimal.valueOf(n.get().intValue())) == 0
                && MULTIPLIERS.contains(n.get().intValue())) {
            return n.get().intValue();
        }
        problems.add(InputProblem.at(file, row, "multiplier", "not an allowed multiplier", text,
                "100, 1000, 10000 or 100000, or empty for a count"));
        return null;
    }
}
