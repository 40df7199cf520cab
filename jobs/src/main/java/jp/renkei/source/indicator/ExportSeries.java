package jp.renkei.source.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.renkei.domain.SeriesName;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;

/**
 * The series a folder of exports holds: export 指標ID and the 指標 cell without its display-mode prefix (the two
 * modes of one series are one catalogue row), in the order first seen. A file that cannot be read is listed with its
 * problem and passed over.
 */
public final class ExportSeries {

    /** One series of one export. */
    public record Seen(String exportId, String series) {
    }

    /** What reading the exports found. */
    public record Found(List<Seen> series, List<InputProblem> unreadable) {
    }

    private ExportSeries() {
    }

    public static Found of(List<InputFile> exports) {
        IndicatorExportReader reader = new IndicatorExportReader();
        Set<Seen> seen = new LinkedHashSet<>();
        List<InputProblem> unreadable = new ArrayList<>();
        for (InputFile file : exports) {
            try {
                if (file.overLimit() != null) {
                    throw new InputFileException(file.overLimit()); // beyond the input limits: never read
                }
                Set<String> names = new LinkedHashSet<>();
                ParsedExport export = reader.read(file.path(), file.relativePath(), c -> names.add(c.seriesName()), p -> { });
                names.forEach(n -> seen.add(new Seen(export.exportId(), SeriesName.parse(n).series())));
            } catch (InputFileException e) {
                unreadable.add(e.problem());
            }
        }
        return new Found(List.copyOf(seen), unreadable);
    }
}
