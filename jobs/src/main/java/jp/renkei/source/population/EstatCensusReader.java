package jp.renkei.source.population;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;
import jp.renkei.input.CsvFile;
import jp.renkei.input.CsvHeader;
import jp.renkei.input.CsvRow;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.NumberText;
import jp.renkei.input.ReadResult;

/**
 * Reads an e-Stat census CSV exactly as downloaded (国勢調査 人口等基本集計, e.g. 2020's table 2-7-1, or an older
 * year's): metadata lines, a legend, a code row, a label row, then one row per area × 男女 (× 国籍). Columns are
 * found by what the label row says ({@link CensusColumns}), since e-Stat tables differ by year and table in their
 * names and in which classification columns come first. Gives the total and the 65+ population of every area for
 * 男女 = 総数 (and 国籍総数 where the table has a 国籍 column); 65+ is the （再掲）65歳以上 column or, without one,
 * the sum of the age bands from 65 up. {@code ***} and {@code -} are no value (in a band: nothing to add; all
 * bands without a value: no figure). Pseudo-areas (市部, 郡部, 支庁, 振興局, DID / 人口集中地区) and former
 * municipalities (codes with a letter, 0120B) are left out and counted.
 */
public final class EstatCensusReader {

    public static final String AREA_CODE = "全国，都道府県，市区町村（2000年市区町村含む） コード";
    public static final String SEX = "男女";
    public static final String TOTAL = "総数";
    public static final String AGED_65 = "（再掲）65歳以上";
    public static final String STATISTIC = "国勢調査";

    private static final String LABEL_ROW = "an e-Stat label row naming an area code column (such as " + AREA_CODE
            + " or 市区町村 コード), " + SEX + ", " + TOTAL + " and " + AGED_65 + " or the age bands from 65歳";
    // The legend of every e-Stat table lists these as 当該数値がないもの: no figure, which is not 0.
    private static final Set<String> NO_VALUE = Set.of("-", "***");
    private static final Set<String> BOTH_SEXES = Set.of("総数", "男女計", "計", "総計");
    private static final Set<String> ALL_NATIONALITIES = Set.of("国籍総数", "総数");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern AREA = Pattern.compile("\\d{4,5}");
    // Former municipalities (2000年市区町村) carry a letter: 0120B, 1120D.
    private static final Pattern FORMER_MUNICIPALITY = Pattern.compile("[0-9A-Za-z]{5}");
    // Areas that are parts or groupings of others, listed among the municipalities
    private static final Pattern PSEUDO_AREA = Pattern.compile("市部|郡部|支庁|振興局|DID|人口集中地区");

    /** The figures, the census day, and how many former-municipality areas and pseudo-areas were left out. */
    public record CensusRead(ReadResult<PopulationFigure> result, LocalDate censusDay, int formerMunicipalities,
                             int pseudoAreas) {
    }

    public ReadResult<PopulationFigure> read(Path inputRoot, Path file) {
        return readCensus(inputRoot, file).result();
    }

    public CensusRead readCensus(Path inputRoot, Path file) {
        CsvFile csv = CsvFile.read(inputRoot, file);
        String name = csv.name();
        if (csv.isBlank()) {
            throw new InputFileException(InputProblem.ofFile(name, "empty file", null,
                    "an e-Stat census CSV (metadata lines, then " + LABEL_ROW + ")"));
        }
        CensusColumns columns = findColumns(csv);
        int headerRow = columns.labelRow().number();
        LocalDate censusDay = censusDay(csv, headerRow);
        String table = metadata(csv, headerRow, "表番号").map(t -> " table " + t).orElse("");

        List<PopulationFigure> figures = new ArrayList<>();
        List<InputProblem> rejects = new ArrayList<>();
        int former = 0;
        int pseudo = 0;
        for (CsvRow row : csv.rows()) {
            if (row.number() <= headerRow || row.isBlank()) {
                continue;
            }
            if (!BOTH_SEXES.contains(CensusColumns.label(row.get(columns.sex())))
                    || columns.nationality() >= 0 && !ALL_NATIONALITIES.contains(CensusColumns.label(row.get(columns.nationality())))) {
                continue;
            }
            String area = NumberText.normalise(row.get(columns.area())).strip();
            if (columns.areaName() >= 0 && PSEUDO_AREA.matcher(NumberText.normalise(row.get(columns.areaName()))).find()) {
                pseudo++;
                continue;
            }
            LocalGovCode code;
            if (AREA.matcher(area).matches()) {
                code = LocalGovCode.fromFiveDigits(area);
            } else if (FORMER_MUNICIPALITY.matcher(area).matches()) {
                former++;
                continue;
            } else {
                rejects.add(InputProblem.at(name, row.number(), columns.printed(columns.area()).orElseThrow(),
                        "not an area code", area,
                        "a 5-digit code, or an e-Stat code with a letter such as 0120B for a former municipality"));
                continue;
            }
            count(name, row, columns, List.of(columns.total()), rejects).ifPresent(n -> figures.add(
                    new PopulationFigure(code, RateBase.総人口, censusDay, n, STATISTIC, row.number())));
            List<Integer> aged = columns.aged65() >= 0 ? List.of(columns.aged65()) : columns.bandsFrom65();
            count(name, row, columns, aged, rejects).ifPresent(n -> figures.add(
                    new PopulationFigure(code, RateBase.六十五歳以上人口, censusDay, n, STATISTIC, row.number())));
        }
        return new CensusRead(new ReadResult<>(name, csv.encoding(), "e-Stat 国勢調査 CSV" + table, figures, rejects),
                censusDay, former, pseudo);
    }

    /**
     * The sum of the cells of {@code cells} (one column, or the age bands); empty when none has a value or one is
     * not a count (then rejected, naming its column).
     */
    private static Optional<Long> count(String name, CsvRow row, CensusColumns columns, List<Integer> cells,
                                        List<InputProblem> rejects) {
        long sum = 0;
        boolean any = false;
        for (int column : cells) {
            String cell = row.get(column).strip();
            if (NO_VALUE.contains(cell)) {
                continue;
            }
            Optional<BigDecimal> n = NumberText.decimal(cell);
            String label = columns.printed(column).orElseThrow();
            if (n.isEmpty() || n.get().scale() > 0) {
                rejects.add(InputProblem.at(name, row.number(), label, "not a count", cell,
                        "a whole number such as 78,617, or - or *** for no figure"));
                return Optional.empty();
            }
            if (n.get().signum() < 0) {
                rejects.add(InputProblem.at(name, row.number(), label, "negative count", cell, "a count of 0 or more"));
                return Optional.empty();
            }
            sum += n.get().longValueExact();
            any = true;
        }
        return any ? Optional.of(sum) : Optional.empty();
    }

    /** The label row is the first one naming an area code column and 男女; then it must have a total and 65+. */
    private static CensusColumns findColumns(CsvFile csv) {
        for (CsvRow row : csv.rows()) {
            if (CensusColumns.isLabelRow(row)) {
                CensusColumns columns = CensusColumns.of(row);
                List<String> missing = new ArrayList<>();
                if (columns.total() < 0) {
                    missing.add(TOTAL);
                }
                if (!columns.has65()) {
                    missing.add(AGED_65 + " or age bands from 65歳 up to an open band such as 100歳以上");
                }
                if (!missing.isEmpty()) {
                    throw new InputFileException(new InputProblem(csv.name(), row.number(), null,
                            "header is missing " + String.join(" and ", missing), row.joined(), LABEL_ROW));
                }
                return columns;
            }
        }
        throw new InputFileException(InputProblem.ofFile(csv.name(), "no header row",
                "no row naming an area code column and " + SEX, LABEL_ROW));
    }

    /** The census day: 1 October of the year in {@code "実施年月：","2020年","10月"}. */
    private static LocalDate censusDay(CsvFile csv, int headerRow) {
        Optional<String> when = metadata(csv, headerRow, "実施年月");
        if (when.isEmpty()) {
            throw new InputFileException(InputProblem.ofFile(csv.name(), "no 実施年月 line", null,
                    "a line \"実施年月：\",\"2020年\",\"10月\" before the header"));
        }
        Matcher m = YEAR.matcher(NumberText.normalise(when.get()));
        if (!m.find()) {
            CsvRow row = metadataRow(csv, headerRow, "実施年月").orElseThrow();
            throw new InputFileException(new InputProblem(csv.name(), row.number(), null, "no year in 実施年月",
                    when.get(), "a year such as 2020年"));
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), 10, 1);
    }

    /** The values of a metadata line such as {@code "表番号：","2-7-1"}, joined. */
    private static Optional<String> metadata(CsvFile csv, int headerRow, String key) {
        return metadataRow(csv, headerRow, key)
                .map(r -> String.join("", r.values().subList(1, r.values().size())).strip());
    }

    private static Optional<CsvRow> metadataRow(CsvFile csv, int headerRow, String key) {
        return csv.rows().stream()
                .filter(r -> r.number() < headerRow && !r.values().isEmpty())
                .filter(r -> CsvHeader.normalise(r.get(0)).replaceAll("[:：]$", "").equals(key))
                .findFirst();
    }
}
