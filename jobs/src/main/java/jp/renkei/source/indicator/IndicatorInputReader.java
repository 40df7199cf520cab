package jp.renkei.source.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceFileLog;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every 見える化 export of the load, file after file, cell after cell. Restartable: the execution
 * context records the file and the item within it, so that a restart after a crash resumes after the last
 * committed chunk. A book that cannot be read, including a period header that cannot be read, is handed on
 * as one {@link IndicatorInput.UnreadableBook}: it is rejected whole and the other books load. An export with a
 * header and no data row, and one without 出力日, are loaded with a note.
 */
public class IndicatorInputReader implements ItemStreamReader<IndicatorInput> {

    private static final String FILE_INDEX = "indicators.file";
    private static final String ITEM_INDEX = "indicators.item";
    /** Step execution context key: how many exports had a header and no data row. */
    public static final String EMPTY_EXPORTS = "renkei.empty-exports";
    /**
     * Step (and, promoted, job) execution context key: the source_file_ids of the books that could not be read at
     * all, comma-separated.
     */
    public static final String UNREADABLE_BOOKS = "renkei.unreadable-books";

    private final List<InputFile> files;
    private final SourceFileLog registry;
    private final IndicatorExportReader exportReader = new IndicatorExportReader();
    private final Consumer<String> notes;

    private int fileIndex;
    private int itemIndex;
    private int emptyExports;
    private final Set<String> unreadableBooks = new LinkedHashSet<>();
    /* files before this index are counted in emptyExports already: a restart reads the current file again */
    private int countedUpTo;
    private List<IndicatorInput> current;

    public IndicatorInputReader(List<InputFile> files, SourceFileLog registry) {
        this(files, registry, note -> { });
    }

    /** @param notes where a note about a file goes (an empty export, a book without 出力日), as one line */
    public IndicatorInputReader(List<InputFile> files, SourceFileLog registry, Consumer<String> notes) {
        this.files = List.copyOf(files);
        this.registry = registry;
        this.notes = notes;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        fileIndex = context.getInt(FILE_INDEX, 0);
        itemIndex = context.getInt(ITEM_INDEX, 0);
        emptyExports = context.getInt(EMPTY_EXPORTS, 0);
        unreadableBooks.clear();
        unreadableBooks.addAll(unreadable(context));
        // a file some of whose items were committed was counted then: reading it again must not count it twice
        countedUpTo = itemIndex > 0 ? fileIndex + 1 : fileIndex;
        current = null;
    }

    /** The source_file_ids of the books a step or job execution context records as unreadable. */
    public static Set<String> unreadable(ExecutionContext context) {
        String ids = context.containsKey(UNREADABLE_BOOKS) ? context.getString(UNREADABLE_BOOKS) : "";
        return ids.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(ids.split(",")));
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE_INDEX, fileIndex);
        context.putInt(ITEM_INDEX, itemIndex);
        context.putInt(EMPTY_EXPORTS, emptyExports);
        context.putString(UNREADABLE_BOOKS, String.join(",", unreadableBooks));
    }

    @Override
    public IndicatorInput read() {
        while (fileIndex < files.size()) {
            if (current == null) {
                current = readFile(files.get(fileIndex));
            }
            if (itemIndex < current.size()) {
                return current.get(itemIndex++);
            }
            fileIndex++;
            itemIndex = 0;
            current = null;
        }
        return null;
    }

    private List<IndicatorInput> readFile(InputFile file) {
        boolean counted = fileIndex < countedUpTo; // read again after a restart: its notes and counts are in already
        countedUpTo = Math.max(countedUpTo, fileIndex + 1);
        IndicatorExport export;
        Map<String, PeriodLabel> periods;
        try {
            if (file.overLimit() != null) {
                throw new InputFileException(file.overLimit());
            }
            export = exportReader.read(file.path(), file.relativePath());
            periods = periods(export.export());
        } catch (InputFileException e) {
            unreadableBooks.add(file.sourceFileId());
            return List.of(new IndicatorInput.UnreadableBook(e.problem()));
        }
        ParsedExport meta = export.export();
        registry.describe(file, meta.encoding(), meta.layout().nameWord(), meta.exportedOn());
        if (!counted && meta.exportedOn() == null) {
            notes.accept("note: " + file.relativePath() + ": no 出力日 in the first rows of the book; loaded without an export date");
        }
        if (export.cells().isEmpty() && export.rowProblems().isEmpty()) {
            if (!counted) {
                emptyExports++;
                notes.accept("note: " + file.relativePath() + ": empty export (a header and no data row); nothing to load");
            }
            return List.of();
        }
        Set<String> regionNames = new LinkedHashSet<>();
        export.cells().forEach(c -> regionNames.add(c.regionName()));
        var context = new IndicatorInput.ExportContext(file.sourceFileId(), meta.exportId(), meta.checkedRegion(), regionNames,
                meta.exportedOn(), meta.sheetName());
        List<IndicatorInput> items = new ArrayList<>(export.rowProblems().size() + export.cells().size());
        export.rowProblems().forEach(p -> items.add(new IndicatorInput.SkippedRow(p)));
        for (ExportCell cell : export.cells()) {
            items.add(new IndicatorInput.Cell(cell, periods.get(cell.periodLabel() == null ? "" : cell.periodLabel()), context));
        }
        return items;
    }

    /**
     * What is wrong with a period header, without repeating what the message says anyway: the label is the
     * found part and the forms the expected part, so only a specific reason (a month 13) is kept.
     */
    private static String unreadablePeriod(PeriodLabel.InvalidPeriodLabelException e) {
        String reason = e.getMessage();
        int expected = reason.indexOf("; expected ");
        reason = expected < 0 ? reason : reason.substring(0, expected);
        return reason.startsWith("cannot read period label") ? "unreadable period header" : "unreadable period header (" + reason + ")";
    }

    /** Every period header of the file, read up front: one that cannot be read makes the file unreadable. */
    private static Map<String, PeriodLabel> periods(ParsedExport meta) {
        Map<String, PeriodLabel> periods = new HashMap<>();
        if (meta.layout() == ExportLayout.REGIONAL) {
            periods.put("", PeriodLabel.parse(String.valueOf(meta.year())));
            return periods;
        }
        for (int i : meta.valueColumns()) {
            String label = meta.headerLabels().get(i);
            try {
                periods.put(label, PeriodLabel.parse(label));
            } catch (PeriodLabel.InvalidPeriodLabelException e) {
                throw new InputFileException(InputProblem.at(meta.file(), meta.headerRow(), jp.renkei.input.SheetRow.columnLetter(i),
                        unreadablePeriod(e), label, PeriodLabel.EXPECTED_FORMS).onSheet(meta.sheetName()));
            }
        }
        return periods;
    }
}
