package jp.renkei.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.config.Json;

/**
 * What a day's report was made from, kept beside it ({@code snapshot_date=D/.report.json}): the code that rendered it,
 * the home municipality, the load whose data it shows, its cover, and the day whose pages it carries when it was
 * re-issued rather than rendered. A night that changed no published row re-issues the newest report only when its
 * stamp says that it shows the data published now, for the same municipality, by the same code.
 *
 * @param renderer     {@link RendererVersion#current()} when it was made
 * @param reissuedFrom the day folder whose pages it carries, or null when it was rendered from the warehouse
 */
public record ReportStamp(String renderer, String homeRegion, String loadId, ReportModel.Cover cover,
        String reissuedFrom) {

    public static final String FILE = ".report.json";

    /** The stamp in a day folder, or null when it has none or one this release cannot read (then it is rendered). */
    static ReportStamp in(Path dayDir) {
        Path file = dayDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), ReportStamp.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    void writeInto(Path dayDir) throws IOException {
        Files.writeString(dayDir.resolve(FILE), Json.pretty(this));
    }
}
