package jp.renkei.input;

import java.util.List;

/**
 * One row of a {@link SheetTable}: its 1-based number as a spreadsheet shows it and the text of its cells,
 * untrimmed, from column A on. A CSV row holds exactly the fields the line had, so a line cut short shows
 * up as a short row; an .xlsx row ends at its last stored cell, because Excel does not store blank cells.
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of the cell at a 0-based column index; {@code ""} beyond the row's end. */
    public String text(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public int size() {
        return cells.size();
    }

    /** True when every cell is empty or whitespace only. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Column letter of a 0-based index, as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
    public static String columnLetter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("column index " + index);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }
}
