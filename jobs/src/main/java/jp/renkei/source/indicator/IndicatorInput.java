package jp.renkei.source.indicator;

import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputProblem;

/** What the export reader hands on: a labelled cell with its file's context, or a row it had to skip. */
public sealed interface IndicatorInput permits IndicatorInput.Cell, IndicatorInput.SkippedRow, IndicatorInput.UnreadableBook {

    /**
     * @param period the cell's period, read from its column header (時系列) or the file name's year (地域別)
     */
    record Cell(ExportCell cell, PeriodLabel period, ExportContext context) implements IndicatorInput {
    }

    record SkippedRow(InputProblem problem) implements IndicatorInput {
    }

    /**
     * A book that cannot be read at all: it is rejected whole (a reject without a row), the rows it supplied before
     * stay, and the other books load.
     */
    record UnreadableBook(InputProblem problem) implements IndicatorInput {
    }

    /**
     * What every cell of one file shares.
     *
     * @param regionNames every region name the file uses, for telling same-named municipalities apart
     * @param exportedOn  the 出力日, {@code null} when the book has none: later years are projections
     * @param sheet       the sheet the table is on, {@code null} for a CSV: messages name it
     */
    record ExportContext(String sourceFileId, String exportId, String checkedRegion, java.util.Set<String> regionNames,
                         java.time.LocalDate exportedOn, String sheet) {
    }
}
