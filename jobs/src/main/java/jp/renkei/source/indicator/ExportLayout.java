package jp.renkei.source.indicator;

import java.util.List;

/** The two table layouts of a 見える化 export; the file name says which one a file has. */
public enum ExportLayout {

    /** One row per (region, series), one column per period. */
    TIME_SERIES("時系列", "表形式（時系列）", List.of("地域", "指標", "単位"), "period",
            "地域, 指標, 単位, then one column per period", "地域, 指標 and 単位"),

    /** One row per series, one column per region; the year is only in the file name. */
    REGIONAL("地域別", "表形式（地域別）", List.of("指標", "単位"), "region",
            "指標, 単位, then one column per region", "指標 and 単位 followed by region names");

    private final String nameWord;
    private final String sheetName;
    private final List<String> requiredColumns;
    private final String valueColumnKind;
    private final String headerDescription;
    private final String headerLabelsDescription;

    ExportLayout(String nameWord, String sheetName, List<String> requiredColumns, String valueColumnKind,
            String headerDescription, String headerLabelsDescription) {
        this.nameWord = nameWord;
        this.sheetName = sheetName;
        this.requiredColumns = requiredColumns;
        this.valueColumnKind = valueColumnKind;
        this.headerDescription = headerDescription;
        this.headerLabelsDescription = headerLabelsDescription;
    }

    /** What the header row is found by, for messages: "地域, 指標 and 単位". */
    public String headerLabelsDescription() {
        return headerLabelsDescription;
    }

    /** The word in the file name: 時系列 or 地域別. */
    public String nameWord() {
        return nameWord;
    }

    /** The workbook sheet that holds the table. */
    public String sheetName() {
        return sheetName;
    }

    /** The header labels that name the row's region, series and unit, in their usual order. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** What each further header column names: "period" or "region". */
    public String valueColumnKind() {
        return valueColumnKind;
    }

    /** The header as messages describe it, e.g. "地域, 指標, 単位, then one column per period". */
    public String headerDescription() {
        return headerDescription;
    }

    /** How a file name of this layout ends, for messages: "_時系列" or "_{YYYY}_地域別". */
    public String fileNameEnding() {
        return this == TIME_SERIES ? "_時系列" : "_{YYYY}_地域別";
    }

    public ExportLayout other() {
        return this == TIME_SERIES ? REGIONAL : TIME_SERIES;
    }
}
