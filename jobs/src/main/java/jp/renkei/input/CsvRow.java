package jp.renkei.input;

import java.util.List;

/**
 * One record of a CSV file with its 1-based row number. Blank lines are kept as records while parsing,
 * so that the number is the row a spreadsheet shows (the header of a simple CSV is row 1).
 */
public record CsvRow(int number, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The value at a 0-based index, or "" past the end of a short row. */
    public String get(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : "";
    }

    public boolean isBlank() {
        return values.stream().allMatch(String::isBlank);
    }

    /** The row as it would be written back, for messages ("a,b,c"). */
    public String joined() {
        return String.join(",", values);
    }
}
