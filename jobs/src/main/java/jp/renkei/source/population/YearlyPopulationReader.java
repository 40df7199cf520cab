package jp.renkei.source.population;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;
import jp.renkei.input.CsvRow;
import jp.renkei.input.InputProblem;
import jp.renkei.input.NumberText;
import jp.renkei.input.ReadResult;
import jp.renkei.input.RegionCodeCell;
import jp.renkei.input.SimpleCsv;

/**
 * Reads yearly denominators that the census does not give (住民基本台帳 on 1 January, 認定者数 and
 * 第1号被保険者数 from the 介護保険事業状況報告), kept by staff in a documented CSV:
 * {@code region_code,region_name,base,as_of_date,population,statistic}. region_name is only for the
 * reader of the file; statistic may be left empty (住民基本台帳) or the column left out.
 */
public final class YearlyPopulationReader {

    public static final List<String> HEADER = List.of("region_code", "region_name", "base", "as_of_date", "population",
            "statistic");
    private static final List<String> REQUIRED = List.of("region_code", "base", "as_of_date", "population");
    public static final String DEFAULT_STATISTIC = "住民基本台帳";
    static final String BASES = Stream.of(RateBase.values()).map(RateBase::label).collect(Collectors.joining(", "));

    private record Key(LocalGovCode region, RateBase base, LocalDate asOf) {
    }

    public ReadResult<PopulationFigure> read(Path inputRoot, Path file) {
        SimpleCsv csv = SimpleCsv.read(inputRoot, file, REQUIRED, HEADER);
        String name = csv.name();
        List<PopulationFigure> figures = new ArrayList<>();
        List<InputProblem> rejects = new ArrayList<>();
        Map<Key, Integer> firstRow = new HashMap<>();
        for (CsvRow row : csv.rows()) {
            List<InputProblem> problems = new ArrayList<>();
            LocalGovCode code = RegionCodeCell.parse(name, row.number(), "region_code", csv.value(row, "region_code"), problems);
            RateBase base = base(name, row, csv.value(row, "base"), problems);
            LocalDate asOf = date(name, row, csv.value(row, "as_of_date"), problems);
            Long population = count(name, row, csv.value(row, "population"), problems);
            if (problems.isEmpty()) {
                Key key = new Key(code, base, asOf);
                Integer first = firstRow.putIfAbsent(key, row.number());
                if (first != null) {
                    problems.add(InputProblem.at(name, row.number(), null, "duplicated row",
                            code + " " + base.label() + " " + asOf,
                            "one row per region, base and date (the same at row " + first + ")"));
                }
            }
            if (!problems.isEmpty()) {
                rejects.addAll(problems);
                continue;
            }
            String statistic = csv.value(row, "statistic");
            figures.add(new PopulationFigure(code, base, asOf, population,
                    statistic.isEmpty() ? DEFAULT_STATISTIC : statistic, row.number()));
        }
        return new ReadResult<>(name, csv.file().encoding(), "renkei yearly population CSV", figures, rejects);
    }

    private static RateBase base(String file, CsvRow row, String text, List<InputProblem> problems) {
        Optional<RateBase> base = RateBase.fromText(text);
        if (base.isEmpty()) {
            problems.add(InputProblem.at(file, row.number(), "base", text.isEmpty() ? "missing base" : "unknown base",
                    text.isEmpty() ? null : text, "one of " + BASES));
            return null;
        }
        return base.get();
    }

    private static LocalDate date(String file, CsvRow row, String text, List<InputProblem> problems) {
        try {
            return LocalDate.parse(NumberText.normalise(text));
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.at(file, row.number(), "as_of_date", text.isEmpty() ? "missing date" : "not a date",
                    text.isEmpty() ? null : text, "an ISO date yyyy-MM-dd such as 2024-01-01"));
            return null;
        }
    }

    private static Long count(String file, CsvRow row, String text, List<InputProblem> problems) {
        Optional<BigDecimal> n = NumberText.decimal(text);
        if (n.isEmpty() || n.get().scale() > 0) {
            problems.add(InputProblem.at(file, row.number(), "population",
                    text.isEmpty() ? "missing population" : "not a whole number", text.isEmpty() ? null : text,
                    "a count of people such as 78617 or 78,617"));
            return null;
        }
        if (n.get().signum() < 0) {
            problems.add(InputProblem.at(file, row.number(), "population", "negative count", text, "a count of 0 or more"));
            return null;
        }
        return n.get().longValueExact();
    }
}
