package jp.renkei.source.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * committed chunk. A file that cannot be read, including a period header that cannot be read, fails the
 * step: nothing of the load is published then.
 */
public class IndicatorInputReader implements ItemStreamReader<IndicatorInput> {

    private static final String FILE_INDEX = "indicators.file";
    private static final String ITEM_INDEX = "indicators.item";

    private final List<InputFile> files;
    private final SourceFileLog registry;
    private final IndicatorExportReader exportReader = new IndicatorExportReader();

    private int fileIndex;
    private int itemIndex;
    private List<IndicatorInput> current;

    public IndicatorInputReader(List<InputFile> files, SourceFileLog registry) {
        this.files = List.copyOf(files);
        this.registry = registry;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        fileIndex = context.getInt(FILE_INDEX, 0);
        itemIndex = context.getInt(ITEM_INDEX, 0);
        current = null;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE_INDEX, fileIndex);
        context.putInt(ITEM_INDEX, itemIndex);
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
        IndicatorExport export = exportReader.read(file.path(), file.relativePath());
        ParsedExport meta = export.export();
        registry.describe(file, meta.encoding(), meta.layout().nameWord(), meta.exportedOn());
        Map<String, PeriodLabel> periods = periods(meta);
        Set<String> regionNames = new LinkedHashSet<>();
        export.cells().forEach(c -> regionNames.add(c.regionName()));
        var context = new IndicatorInput.ExportContext(file.sourceFileId(), meta.exportId(), meta.checkedRegion(), regionNames,
                meta.exportedOn());
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
        List<String> labels = meta.headerLabels();
        for (int i = 3; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label == null || label.isBlank()) {
                continue;
            }
            try {
                periods.put(label, PeriodLabel.parse(label));
            } catch (PeriodLabel.InvalidPeriodLabelException e) {
                throw new InputFileException(InputProblem.at(meta.file(), 2, jp.renkei.input.SheetRow.columnLetter(i),
                        unreadablePeriod(e), label, PeriodLabel.EXPECTED_FORMS));
            }
        }
        return periods;
    }
}
