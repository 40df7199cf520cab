package jp.renkei.source.activity;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.input.CodeListCells;
import jp.renkei.input.CsvRow;
import jp.renkei.input.InputProblem;
import jp.renkei.input.NumberText;
import jp.renkei.input.ReadResult;
import jp.renkei.input.SimpleCsv;

/**
 * Reads the activity counts staff type for the 部会: header {@code 部会,取組,項目,時点,値,単位,備考,場面}
 * (単位, 備考 and 場面 may be left out). 時点 is kept as written; another part turns it into a date. 場面 lists
 * the 4つの場面 the activity serves, by name or ①-④, as the catalogue's scenes do.
 */
public final class ActivityRecordReader {

    public static final List<String> HEADER = List.of("部会", "取組", "項目", "時点", "値", "単位", "備考", "場面");
    private static final List<String> REQUIRED = HEADER.subList(0, 5);

    // Compared after NFKC, so that 令和５年５月現在 and 令和5年5月現在 are the same 時点.
    private record Key(String workingGroup, String item, String asOf) {
        static Key of(String workingGroup, String item, String asOf) {
            return new Key(nfkc(workingGroup), nfkc(item), nfkc(asOf));
        }

        private static String nfkc(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        }
    }

    public ReadResult<ActivityRecord> read(Path inputRoot, Path file) {
        SimpleCsv csv = SimpleCsv.read(inputRoot, file, REQUIRED, HEADER);
        String name = csv.name();
        List<ActivityRecord> records = new ArrayList<>();
        List<InputProblem> rejects = new ArrayList<>();
        Map<Key, Integer> firstRow = new HashMap<>();
        for (CsvRow row : csv.rows()) {
            int r = row.number();
            List<InputProblem> problems = new ArrayList<>();
            String group = required(name, r, "部会", csv.value(row, "部会"), "the 部会, e.g. 入退院調整部会", problems);
            List<String> initiatives = CodeListCells.initiatives(name, r, "取組", csv.value(row, "取組"), problems);
            List<Integer> scenes = CodeListCells.scenes(name, r, "場面", csv.value(row, "場面"), problems);
            String item = required(name, r, "項目", csv.value(row, "項目"), "what was counted, e.g. MCS登録者数", problems);
            String asOf = required(name, r, "時点", csv.value(row, "時点"), "when, e.g. 令和5年5月現在", problems);
            BigDecimal value = value(name, r, csv.value(row, "値"), problems);
            if (problems.isEmpty()) {
                Integer first = firstRow.putIfAbsent(Key.of(group, item, asOf), r);
                if (first != null) {
                    problems.add(InputProblem.at(name, r, null, "duplicated row", group + " " + item + " " + asOf,
                            "one value per 部会, 項目 and 時点 (the same at row " + first + ")"));
                }
            }
            if (!problems.isEmpty()) {
                rejects.addAll(problems);
                continue;
            }
            records.add(new ActivityRecord(group, initiatives, scenes, item, asOf, value, orNull(csv.value(row, "単位")),
                    orNull(csv.value(row, "備考")), r));
        }
        return new ReadResult<>(name, csv.file().encoding(), "renkei activity CSV", records, rejects);
    }

    private static String required(String file, int row, String column, String value, String expected,
            List<InputProblem> problems) {
        if (value.isEmpty()) {
            problems.add(InputProblem.at(file, row, column, "missing " + column, null, expected));
        }
        return value;
    }

    private static BigDecimal value(String file, int row, String text, List<InputProblem> problems) {
        if (text.isEmpty()) {
            problems.add(InputProblem.at(file, row, "値", "missing 値", null, "a number such as 120 or 1,234"));
            return null;
        }
        Optional<BigDecimal> n = NumberText.decimal(text);
        if (n.isEmpty()) {
            problems.add(InputProblem.at(file, row, "値", "not a number", text, "a number such as 120 or 1,234"));
            return null;
        }
        if (n.get().signum() < 0) {
            problems.add(InputProblem.at(file, row, "値", "negative value", text, "a count or amount of 0 or more"));
            return null;
        }
        return n.get();
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
