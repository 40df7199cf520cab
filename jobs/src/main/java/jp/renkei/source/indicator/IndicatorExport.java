package jp.renkei.source.indicator;

import java.util.List;
import jp.renkei.input.InputProblem;

/**
 * A 見える化 export read in full.
 *
 * @param export      what the file is
 * @param cells       one per data cell, in row then column order
 * @param rowProblems rows that were skipped and why (a short row, a blank 地域 or 指標)
 */
public record IndicatorExport(ParsedExport export, List<ExportCell> cells, List<InputProblem> rowProblems) {

    public IndicatorExport {
        cells = List.copyOf(cells);
        rowProblems = List.copyOf(rowProblems);
    }
}
