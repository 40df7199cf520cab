package jp.renkei.source.indicator;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetTable;

/**
 * Picks the table sheet of a 見える化 book. A real book holds a graph sheet (often first) and a 順位 sheet beside
 * the table, and some name the table just 表: the layout's own sheet ({@code 表形式（時系列）} or
 * {@code 表形式（地域別）}) is taken first, then the one sheet named {@code 表形式…} or {@code 表}, then the only
 * sheet left. A graph, 順位 or hidden sheet is never read; two candidates are an error naming both.
 */
final class ExportSheetChooser {

    static final String EXPECTED = "one sheet named 表形式（時系列） or 表形式（地域別）, or one whose name starts with 表形式 "
            + "or is 表 (graph, 順位 and hidden sheets are never read)";

    private ExportSheetChooser() {
    }

    static String choose(String file, ExportLayout layout, List<SheetTable.SheetInfo> sheets) {
        List<String> readable = sheets.stream().filter(s -> !s.hidden() && !isGraphOrRanking(s.name()))
                .map(SheetTable.SheetInfo::name).toList();
        List<String> own = readable.stream().filter(n -> sameName(n, layout.sheetName())).toList();
        if (!own.isEmpty()) {
            return single(file, own);
        }
        if (readable.stream().anyMatch(n -> sameName(n, layout.other().sheetName()))) {
            throw new InputFileException(InputProblem.ofFile(file, "the file name and the workbook disagree on the layout",
                    "the sheet " + layout.other().sheetName(),
                    "the sheet " + layout.sheetName() + ", as the file name ending " + layout.fileNameEnding() + " says"));
        }
        List<String> tables = readable.stream().filter(ExportSheetChooser::isTableName).toList();
        if (!tables.isEmpty()) {
            return single(file, tables);
        }
        if (readable.size() == 1) {
            return readable.getFirst(); // a re-saved or renamed book of one table: its header decides
        }
        throw new InputFileException(InputProblem.ofFile(file, readable.isEmpty() ? "no table sheet" : "no table sheet among several",
                "the sheets " + sheets.stream().map(ExportSheetChooser::described).collect(Collectors.joining(", ")), EXPECTED));
    }

    private static String single(String file, List<String> candidates) {
        if (candidates.size() > 1) {
            throw new InputFileException(InputProblem.ofFile(file, "two candidate tables",
                    "the sheets " + String.join(" and ", candidates), EXPECTED));
        }
        return candidates.getFirst();
    }

    private static String described(SheetTable.SheetInfo sheet) {
        return sheet.name() + (sheet.hidden() ? " (hidden)" : "");
    }

    /** 表形式（時系列）, 表形式(地域別), 表形式 (2), 表. */
    private static boolean isTableName(String name) {
        String n = normal(name);
        return n.startsWith("表形式") || n.equals("表");
    }

    private static boolean isGraphOrRanking(String name) {
        String n = normal(name);
        return n.contains("グラフ") || n.toLowerCase(java.util.Locale.ROOT).contains("chart") || n.startsWith("順位");
    }

    private static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
