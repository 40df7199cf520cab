package jp.renkei.input;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a CSV: finds columns by name, not position, so that staff may reorder columns or add
 * their own. Names are compared after NFKC and trimming (Excel users type full-width letters and
 * stray spaces into headers).
 */
public final class CsvHeader {

    private final CsvRow row;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    public CsvHeader(CsvRow row) {
        this.row = row;
        for (int i = 0; i < row.values().size(); i++) {
            index.putIfAbsent(normalise(row.values().get(i)), i);
        }
    }

    /**
     * Checks that every required column is there.
     *
     * @param documented the documented header, shown in the message as what was expected
     * @throws InputFileException naming the missing columns and what the header held
     */
    public CsvHeader require(String file, List<String> required, List<String> documented) {
        List<String> missing = new ArrayList<>();
        for (String c : required) {
            if (!has(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            String what = missing.size() == 1 ? "header is missing the column " + missing.getFirst()
                    : "header is missing the columns " + String.join(", ", missing);
            throw new InputFileException(new InputProblem(file, row.number(), null, what, row.joined(),
                    "a header with the columns " + String.join(",", documented)));
        }
        return this;
    }

    public boolean has(String column) {
        return index.containsKey(normalise(column));
    }

    /** 0-based index of a column, or -1. */
    public int indexOf(String column) {
        return index.getOrDefault(normalise(column), -1);
    }

    /** The value of a column in a row, stripped of surrounding spaces; "" when the column is absent. */
    public String value(CsvRow r, String column) {
        int i = indexOf(column);
        return i < 0 ? "" : r.get(i).strip();
    }

    public CsvRow row() {
        return row;
    }

    public static String normalise(String name) {
        return Normalizer.normalize(name.replace("\uFEFF", ""), Normalizer.Form.NFKC).strip();
    }
}
