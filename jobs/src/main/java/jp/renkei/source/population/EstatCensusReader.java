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
 * Reads the e-Stat census CSV exactly as downloaded (国勢調査 人口等基本集計, e.g. table 2-7-1): metadata
 * lines, a legend, a code row, a label row, then one row per area × 男女 × 国籍. Columns are found by
 * their labels, since e-Stat tables differ in which classification columns come first. Gives the total
 * and the 65+ population of every area for 男女 = 総数 and 国籍総数.
 */
public final class EstatCensusReader {

    public static final String AREA_CODE = "全国，都道府県，市区町村（2000年市区町村含む） コード";
    public static final String SEX = "男女";
    public static final String NATIONALITY = "国籍総数か日本人";
    public static final String TOTAL = "総数";
    public static final String AGED_65 = "（再掲）65歳以上";
    public static final String STATISTIC = "国勢調査";

    private static final List<String> COLUMNS = List.of(AREA_CODE, SEX, NATIONALITY, TOTAL, AGED_65);
    // The legend of every e-Stat table lists these as 当該数値がないもの: no figure, which is not 0.
    private static final Set<String> NO_VALUE = Set.of("-", "***");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern AREA = Pattern.compile("\\d{4,5}");
    // Former municipalities (2000年市区町村) carry a letter: 0120B, 1120D.
    private static final Pattern PSEUDO_AREA = Pattern.compile("[0-9A-Za-z]{5}");

    /** The figures, the census day, and how many former-municipality areas were left out. */
    public record CensusRead(ReadResult<PopulationFigure> result, LocalDate censusDay, int formerMunicipalities) {
    }

    public ReadResult<PopulationFigure> read(Path inputRoot, Path file) {
        return readCensus(inputRoot, file).result();
    }

    public CensusRead readCensus(Path inputRoot, Path file) {
        CsvFile csv = CsvFile.read(inputRoot, file);
        String name = csv.name();
        if (csv.isBlank()) {
            throw new InputFileException(InputProblem.ofFile(name, "empty file", null,
                    "an e-Stat census CSV (metadata lines, then a header with " + String.join(", ", COLUMNS) + ")"));
        }
        CsvHeader header = findHeader(csv);
        LocalDate censusDay = censusDay(csv, header.row().number());
        String table = metadata(csv, header.row().number(), "表番号").map(t -> " table " + t).orElse("");

        int areaCol = header.indexOf(AREA_CODE);
        int sexCol = header.indexOf(SEX);
        int nationalityCol = header.indexOf(NATIONALITY);
        List<PopulationFigure> figures = new ArrayList<>();
        List<InputProblem> rejects = new ArrayList<>();
        int former = 0;
        for (CsvRow row : csv.rows()) {
            if (row.number() <= header.row().number() || row.isBlank()) {
                continue;
            }
            if (!TOTAL.equals(row.get(sexCol).strip()) || !"国籍総数".equals(row.get(nationalityCol).strip())) {
                continue;
            }
            String area = row.get(areaCol).strip();
            LocalGovCode code;
            if (AREA.matcher(area).matches()) {
                code = LocalGovCode.fromFiveDigits(area);
            } else if (PSEUDO_AREA.matcher(area).matches()) {
                former++;
                continue;
            } else {
                rejects.add(InputProblem.at(name, row.number(), AREA_CODE, "not an area code", area,
                        "a 5-digit code, or an e-Stat code with a letter such as 0120B for a former municipality"));
                continue;
            }
            figure(name, row, header, TOTAL, code, RateBase.総人口, censusDay, figures, rejects);
            figure(name, row, header, AGED_65, code, RateBase.六十五歳以上人口, censusDay, figures, rejects);
        }
        return new CensusRead(new ReadResult<>(name, csv.encoding(), "e-Stat 国勢調査 CSV" + table, figures, rejects),
                censusDay, former);
    }

    private static void figure(String name, CsvRow row, CsvHeader header, String column, LocalGovCode code, RateBase base,
            LocalDate day, List<PopulationFigure> figures, List<InputProblem> rejects) {
        String cell = header.value(row, column);
        if (NO_VALUE.contains(cell)) {
            return;
        }
        Optional<BigDecimal> n = NumberText.decimal(cell);
        if (n.isEmpty() || n.get().scale() > 0) {
            rejects.add(InputProblem.at(name, row.number(), column, "not a count", cell,
                    "a whole number such as 78,617, or - or *** for no figure"));
        } else if (n.get().signum() < 0) {
            rejects.add(InputProblem.at(name, row.number(), column, "negative count", cell, "a count of 0 or more"));
        } else {
            figures.add(new PopulationFigure(code, base, day, n.get().longValueExact(), STATISTIC, row.number()));
        }
    }

    /**
     * The label row is the first one naming the area code, 男女 or 国籍 column; then all five labels must be there.
     * Looking for any of three keeps the "missing column" message useful when e-Stat renames one.
     */
    private static CsvHeader findHeader(CsvFile csv) {
        for (CsvRow row : csv.rows()) {
            CsvHeader h = new CsvHeader(row);
            if (h.has(AREA_CODE) || h.has(SEX) || h.has(NATIONALITY)) {
                return h.require(csv.name(), COLUMNS, COLUMNS);
            }
        }
        throw new InputFileException(InputProblem.ofFile(csv.name(), "no header row", "no row naming "
                + AREA_CODE + ", " + SEX + " or " + NATIONALITY, "an e-Stat label row with the columns "
                + String.join(",", COLUMNS)));
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
