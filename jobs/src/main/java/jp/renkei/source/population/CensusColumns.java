package jp.renkei.source.population;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.input.CsvRow;

/**
 * Where an e-Stat census table keeps what renkei reads, found by what its label row says rather than by one year's
 * names: the label row of 2020 says {@code 全国，都道府県，市区町村（2000年市区町村含む） コード}, that of 1980
 * {@code 市区町村２．９030005 コード}; one table has {@code （再掲）65歳以上}, another only the bands {@code ６５－６９歳【人】}
 * to {@code １００歳以上【人】}.
 *
 * @param labelRow    the label row
 * @param area        the area code column: a label ending in コード that names 全国, 都道府県, 市区町村 or 地域
 * @param areaName    the area name column (the same label without コード), -1 when there is none
 * @param sex         the 男女 column
 * @param nationality the 国籍 column, -1 when the table has none
 * @param total       the total column: 総数 (or 総人口, 人口総数, 総年齢), with or without a unit such as 【人】
 * @param aged65      the 65歳以上 column, -1 when the table has none
 * @param bandsFrom65 the age bands from 65 up to the open one (100歳以上), used when {@code aged65} is -1
 */
record CensusColumns(CsvRow labelRow, int area, int areaName, int sex, int nationality, int total, int aged65,
                     List<Integer> bandsFrom65) {

    private static final Pattern AREA_WORD = Pattern.compile("全国|都道府県|市区町村|地域");
    private static final Pattern BAND = Pattern.compile("^(\\d+)[-~〜－―‐]+(\\d+)歳$");
    private static final Pattern OPEN_BAND = Pattern.compile("^(\\d+)歳以上$");
    private static final List<String> TOTALS = List.of("総数", "総人口", "人口総数", "総年齢", "年齢総数");

    /** Whether a row is a label row: it names an area code column and a 男女 column. */
    static boolean isLabelRow(CsvRow row) {
        return find(row, CensusColumns::isAreaCode) >= 0 && find(row, l -> l.equals("男女")) >= 0;
    }

    /** The columns of a label row; empty {@code total} or 65+ columns are -1 (the reader says what is missing). */
    static CensusColumns of(CsvRow row) {
        int area = find(row, CensusColumns::isAreaCode);
        String areaLabel = label(row.get(area)).replaceAll("コード$", "");
        int aged65 = find(row, l -> !l.isEmpty() && unreposted(l).equals("65歳以上"));
        return new CensusColumns(row, area, find(row, l -> !l.isEmpty() && l.equals(areaLabel)),
                find(row, l -> l.equals("男女")), find(row, l -> l.contains("国籍") && !l.endsWith("コード")),
                find(row, TOTALS::contains), aged65, aged65 >= 0 ? List.of() : bandsFrom65(row));
    }

    boolean has65() {
        return aged65 >= 0 || !bandsFrom65.isEmpty();
    }

    /** NFKC, no white space, without a unit in 【】 or ［］ at the end: {@code ６５－６９歳【人】} → {@code 65-69歳}. */
    static String label(String cell) {
        return Normalizer.normalize(cell.replace("\uFEFF", ""), Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replaceAll("[【\\[][^】\\]]*[】\\]]$", "");
    }

    private static String unreposted(String label) {
        return label.replaceFirst("^\\(再掲\\)", "");
    }

    private static boolean isAreaCode(String label) {
        return label.endsWith("コード") && AREA_WORD.matcher(label).find();
    }

    private static int find(CsvRow row, java.util.function.Predicate<String> test) {
        for (int i = 0; i < row.values().size(); i++) {
            if (test.test(label(row.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private record Band(int column, int from, Integer to) {
    }

    /**
     * The bands (not 再掲) from 65 up: they must follow one another without a gap (65-69, 70-74, …) and end in an
     * open band (100歳以上); otherwise the table cannot give 65歳以上 and the list is empty.
     */
    private static List<Integer> bandsFrom65(CsvRow row) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < row.values().size(); i++) {
            String l = label(row.get(i));
            Matcher closed = BAND.matcher(l);
            Matcher open = OPEN_BAND.matcher(l);
            if (closed.matches() && Integer.parseInt(closed.group(1)) >= 65) {
                bands.add(new Band(i, Integer.parseInt(closed.group(1)), Integer.parseInt(closed.group(2))));
            } else if (open.matches() && Integer.parseInt(open.group(1)) >= 65) {
                bands.add(new Band(i, Integer.parseInt(open.group(1)), null));
            }
        }
        bands.sort(Comparator.comparingInt(Band::from));
        int next = 65;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            boolean last = i == bands.size() - 1;
            if (b.from() != next || (b.to() == null) != last) {
                return List.of();
            }
            next = b.to() == null ? next : b.to() + 1;
        }
        return bands.stream().map(Band::column).toList();
    }

    /** A label as the table prints it, for messages. */
    Optional<String> printed(int column) {
        return column < 0 ? Optional.empty() : Optional.of(labelRow.get(column).strip());
    }
}
