package jp.renkei.source.indicator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;
import jp.renkei.input.SheetTable;

/**
 * Finds the header row of an export by its labels, not its position, and says which column holds what. The
 * table may start in any column (column B in real downloads, column A in tidy ones): cells left of it are
 * ignored, and so are blank and filler headers ({@code 列9}, {@code 行3}) after the labels. Every way a header
 * can be wrong is a whole-file error: without it no cell can be labelled.
 *
 * @param row           the header's row number
 * @param labels        labels from column A to the last labelled column, trimmed, a line break inside removed
 * @param columnOf      0-based column of each required label (地域, 指標, 単位)
 * @param valueColumns  0-based columns of the periods (時系列) or regions (地域別), in order
 * @param firstColumn   0-based column where the table starts (its first required label)
 */
record ExportHeader(int row, List<String> labels, Map<String, Integer> columnOf, List<Integer> valueColumns,
        int firstColumn) {

    /** How far down the header is looked for. */
    static final int SEARCH_ROWS = 10;
    private static final int SHOWN_LABELS = 8;
    private static final int SHOWN_ROWS = 3;
    private static final List<String> LABELS = List.of("地域", "指標", "単位");
    /* what Excel names the empty header cells of a range made into a table */
    private static final Pattern FILLER = Pattern.compile("(?:列|行|Column)\\d+", Pattern.CASE_INSENSITIVE);

    static ExportHeader find(SheetTable table, ExportLayout layout) {
        String file = table.file();
        String sheet = table.sheetName();
        SheetRow header = null;
        List<SheetRow> seen = new ArrayList<>();
        for (SheetRow row : table.rows()) {
            if (row.number() > SEARCH_ROWS) {
                break;
            }
            if (looksLikeHeader(row)) {
                header = row;
                break;
            }
            if (!row.isBlank()) {
                seen.add(row);
            }
        }
        if (header == null) {
            String what = "no header row with " + layout.headerLabelsDescription() + " in the first " + SEARCH_ROWS + " rows"
                    + (sheet == null ? "" : " of sheet " + sheet);
            if (table.format() == SheetTable.Format.CSV) {
                // a file in another encoding (EUC-JP, Latin-1) can pass the strict decoders as nonsense
                what += " (the file was read as " + table.encoding()
                        + "; if the text is garbled the file has another encoding: save it from Excel as CSV UTF-8 or CSV (コンマ区切り))";
            }
            throw new InputFileException(InputProblem.ofFile(file, what, seen.isEmpty() ? null : shownRows(seen),
                    "the header " + layout.headerDescription()));
        }
        List<String> labels = labels(header);
        int rowNumber = header.number();
        ExportLayout shape = columnOf(header, "地域") >= 0 ? ExportLayout.TIME_SERIES : ExportLayout.REGIONAL;
        if (shape != layout) {
            throw new InputFileException(InputProblem.at(file, rowNumber, null, "the file name and the header disagree on the layout",
                    "a " + shape.nameWord() + " header: " + shown(fromFirstLabel(labels)),
                    "the " + layout.nameWord() + " header " + layout.headerDescription() + ", as the file name ending "
                            + layout.fileNameEnding() + " says").onSheet(sheet));
        }
        Map<String, Integer> columnOf = new HashMap<>();
        for (String label : layout.requiredColumns()) {
            int column = columnOf(header, label);
            if (column >= 0) {
                columnOf.put(label, column);
            }
        }
        List<String> missing = layout.requiredColumns().stream().filter(c -> !columnOf.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputFileException(InputProblem.at(file, rowNumber, null,
                    "header is missing the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing),
                    shown(fromFirstLabel(labels)), "the header " + layout.headerDescription()).onSheet(sheet));
        }
        int first = columnOf.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = columnOf.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Integer> valueColumns = new ArrayList<>();
        for (int i = last + 1; i < labels.size(); i++) {
            if (!labels.get(i).isEmpty() && !isFiller(labels.get(i))) {
                valueColumns.add(i);
            }
        }
        if (valueColumns.isEmpty()) {
            throw new InputFileException(InputProblem.at(file, rowNumber, null, "header has no " + layout.valueColumnKind() + " columns",
                    shown(labels.subList(first, labels.size())), "the header " + layout.headerDescription()).onSheet(sheet));
        }
        return new ExportHeader(rowNumber, labels, Map.copyOf(columnOf), List.copyOf(valueColumns), first);
    }

    /**
     * Two of 地域, 指標 and 単位 make a header row; so does a row that starts with 指標 and names more columns (a
     * 地域別 header that lost its 単位), so that the message can say what it lacks.
     */
    private static boolean looksLikeHeader(SheetRow row) {
        if (LABELS.stream().filter(l -> columnOf(row, l) >= 0).count() >= 2) {
            return true;
        }
        int first = 0;
        while (first < row.size() && row.text(first).isBlank()) {
            first++;
        }
        return key(row.text(first)).equals("指標") && labels(row).size() > first + 1;
    }

    /** One past the last labelled column. */
    int width() {
        return labels.size();
    }

    /** The 0-based column whose header cell is {@code label} (spaces and line breaks aside), or -1. */
    private static int columnOf(SheetRow row, String label) {
        for (int i = 0; i < row.size(); i++) {
            if (key(row.text(i)).equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** A header cell as compared: NFKC, without any white space (地 域, 指標\n, 単　位). */
    private static String key(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static boolean isFiller(String label) {
        return FILLER.matcher(key(label)).matches();
    }

    /**
     * Labels up to the last non-blank one (Excel pads CSV rows with empty fields to the widest row), trimmed; a
     * line break inside a cell (令和2年↵3月末) and the white space around it are removed.
     */
    private static List<String> labels(SheetRow row) {
        int end = row.size();
        while (end > 0 && row.text(end - 1).isBlank()) {
            end--;
        }
        List<String> labels = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            labels.add(label(row.text(i)));
        }
        return labels;
    }

    static String label(String cell) {
        return cell.replaceAll("\\s*[\\r\\n]+\\s*", "").strip();
    }

    static String shown(List<String> labels) {
        if (labels.size() <= SHOWN_LABELS) {
            return String.join(", ", labels);
        }
        return String.join(", ", labels.subList(0, SHOWN_LABELS)) + ", … (" + labels.size() + " columns)";
    }

    /** The labels from the first that is not blank: cells left of the table are not part of it. */
    private static List<String> fromFirstLabel(List<String> labels) {
        int first = 0;
        while (first < labels.size() && labels.get(first).isEmpty()) {
            first++;
        }
        return labels.subList(first, labels.size());
    }

    private static String shownRows(List<SheetRow> rows) {
        List<String> shown = new ArrayList<>();
        for (SheetRow row : rows.subList(0, Math.min(SHOWN_ROWS, rows.size()))) {
            shown.add("row " + row.number() + ": " + shown(labels(row).stream().filter(l -> !l.isEmpty()).toList()));
        }
        return String.join("; ", shown);
    }
}
