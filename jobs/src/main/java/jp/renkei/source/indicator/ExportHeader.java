package jp.renkei.source.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;
import jp.renkei.input.SheetTable;

/**
 * Finds and checks the header row (row 2) of an export and says which column holds what. Every way a header
 * can be wrong is a whole-file error: without it no cell can be labelled.
 *
 * @param labels        trimmed labels from column A to the last labelled column
 * @param columnOf      0-based column of each required label (地域, 指標, 単位)
 * @param valueColumns  0-based columns of the periods (時系列) or regions (地域別), in order
 */
record ExportHeader(List<String> labels, Map<String, Integer> columnOf, List<Integer> valueColumns) {

    static final int ROW = 2;

    /* how far down a misplaced header is looked for, to tell "in the wrong place" from "missing" */
    private static final int SEARCH_ROWS = 10;
    private static final int SHOWN_LABELS = 8;

    static ExportHeader find(SheetTable table, ExportLayout layout) {
        String file = table.file();
        SheetRow row2 = null;
        SheetRow elsewhere = null;
        for (SheetRow row : table.rows()) {
            if (row.number() > SEARCH_ROWS) {
                break;
            }
            if (row.number() == ROW) {
                row2 = row;
            } else if (elsewhere == null && looksLikeHeader(row)) {
                elsewhere = row;
            }
        }
        if (row2 == null || !looksLikeHeader(row2)) {
            if (elsewhere != null) {
                throw new InputFileException(InputProblem.at(file, elsewhere.number(), null, "header in the wrong place",
                        shown(labels(elsewhere)), "the header in row 2, under the 出力日 line in row 1"));
            }
            String what = "header does not look like a 見える化 export";
            if (table.format() == SheetTable.Format.CSV) {
                // a file in another encoding (EUC-JP, Latin-1) can pass the strict decoders as nonsense
                what += " (the file was read as " + table.encoding()
                        + "; if the text is garbled the file has another encoding: save it from Excel as CSV UTF-8 or CSV (コンマ区切り))";
            }
            throw new InputFileException(InputProblem.at(file, ROW, null, what,
                    row2 == null || row2.isBlank() ? null : shown(labels(row2)), "the header " + layout.headerDescription()));
        }
        List<String> labels = labels(row2);
        ExportLayout shape = shapeOf(labels);
        if (shape != layout) {
            throw new InputFileException(InputProblem.at(file, ROW, null, "the file name and the header disagree on the layout",
                    "a " + shape.nameWord() + " header: " + shown(labels),
                    "the " + layout.nameWord() + " header " + layout.headerDescription() + ", as the file name ending "
                            + layout.fileNameEnding() + " says"));
        }
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            if (layout.requiredColumns().contains(labels.get(i))) {
                columnOf.putIfAbsent(labels.get(i), i);
            }
        }
        List<String> missing = layout.requiredColumns().stream().filter(c -> !columnOf.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputFileException(InputProblem.at(file, ROW, null,
                    "header is missing the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing),
                    shown(labels), "the header " + layout.headerDescription()));
        }
        List<Integer> valueColumns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (columnOf.containsValue(i)) {
                continue;
            }
            if (labels.get(i).isEmpty()) {
                throw new InputFileException(InputProblem.at(file, ROW, SheetRow.columnLetter(i),
                        "blank column header", null, "a " + layout.valueColumnKind() + " for every column up to the last"));
            }
            valueColumns.add(i);
        }
        if (valueColumns.isEmpty()) {
            throw new InputFileException(InputProblem.at(file, ROW, null, "header has no " + layout.valueColumnKind() + " columns",
                    shown(labels), "the header " + layout.headerDescription()));
        }
        return new ExportHeader(labels, Map.copyOf(columnOf), List.copyOf(valueColumns));
    }

    int width() {
        return labels.size();
    }

    /** A row is taken for a header when it holds 指標 or 単位 or 地域 as a whole cell. */
    private static boolean looksLikeHeader(SheetRow row) {
        for (String cell : row.cells()) {
            String label = cell.strip();
            if (label.equals("指標") || label.equals("単位") || label.equals("地域")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which layout a header has: 地域 makes it 時系列; without 地域, 指標 in column A is the 地域別 header
     * (時系列 has 指標 in column B, after 地域), anything else a 時系列 header that lost its 地域.
     */
    private static ExportLayout shapeOf(List<String> labels) {
        if (labels.contains("地域")) {
            return ExportLayout.TIME_SERIES;
        }
        return !labels.isEmpty() && labels.getFirst().equals("指標") ? ExportLayout.REGIONAL : ExportLayout.TIME_SERIES;
    }

    /** Trimmed labels up to the last non-blank one: Excel pads CSV rows with empty fields to the widest row. */
    private static List<String> labels(SheetRow row) {
        int end = row.size();
        while (end > 0 && row.text(end - 1).isBlank()) {
            end--;
        }
        List<String> labels = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            labels.add(row.text(i).strip());
        }
        return labels;
    }

    static String shown(List<String> labels) {
        if (labels.size() <= SHOWN_LABELS) {
            return String.join(", ", labels);
        }
        return String.join(", ", labels.subList(0, SHOWN_LABELS)) + ", … (" + labels.size() + " columns)";
    }
}
