package jp.renkei.source.reference;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.domain.Scenes;
import jp.renkei.domain.SeriesName;
import jp.renkei.domain.UnitLabel;
import jp.renkei.input.CsvFile;
import jp.renkei.input.CsvHeader;
import jp.renkei.input.CsvRow;
import jp.renkei.input.SimpleCsv;
import jp.renkei.input.TextDecoder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the catalogue staff annotate ({@code reference/indicator_catalogue.csv}) from the series the exports hold.
 * A file already there is updated: every row of it is kept exactly as written (what staff filled in), and only
 * series it does not list yet are added. A new series the default catalogue knows gets the default's row (its id,
 * name, 場面 and 取組), so that the file does not take them away when it overrides the default; any other gets the id
 * an uncatalogued load gives it (export ID + series name), the series name as its name, the base and multiplier its
 * name carries, and empty scenes, 取組 and note.
 */
public final class CatalogueFile {

    /** What the update did. */
    public record Written(Path file, int kept, int added) {
    }

    private CatalogueFile() {
    }

    /**
     * @param series the series seen, as (export ID, series name without display mode), in the order to add them
     */
    public static Written update(Path inputRoot, Path file, List<Map.Entry<String, String>> series) throws IOException {
        List<String> header = IndicatorCatalogueReader.HEADER;
        List<List<String>> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        Charset charset = StandardCharsets.UTF_8;
        boolean bom = true;
        if (Files.exists(file)) {
            CsvFile csv = CsvFile.read(inputRoot, file);
            CsvHeader h = SimpleCsv.headerOf(csv, header).require(csv.name(), List.of("export_id", "series_name"), header);
            header = h.row().values();
            for (CsvRow row : SimpleCsv.dataRows(csv, h)) {
                rows.add(row.values());
                listed.add(key(h.value(row, "export_id"), h.value(row, "series_name")));
            }
            charset = csv.encoding().equals("windows-31j") ? TextDecoder.CP932 : StandardCharsets.UTF_8;
            bom = csv.encoding().equals("UTF-8 with BOM");
        }
        Map<String, CatalogueEntry> defaults = new HashMap<>();
        DefaultCatalogue.entries().forEach(e -> defaults.put(DefaultCatalogue.seriesKey(e), e));
        int kept = rows.size();
        for (Map.Entry<String, String> s : series) {
            String key = key(s.getKey(), s.getValue());
            if (!listed.add(key)) {
                continue;
            }
            CatalogueEntry known = defaults.get(key);
            Map<String, String> values = known != null ? values(known) : uncatalogued(s.getKey(), s.getValue());
            List<String> row = new ArrayList<>();
            for (String column : header) {
                row.add(values.getOrDefault(CsvHeader.normalise(column), ""));
            }
            rows.add(row);
        }
        write(file, header, rows, charset, bom);
        return new Written(file, kept, rows.size() - kept);
    }

    private static Map<String, String> values(CatalogueEntry e) {
        Map<String, String> v = new HashMap<>();
        v.put("indicator_id", e.indicatorId());
        v.put("export_id", e.exportId());
        v.put("series_name", e.seriesName());
        v.put("indicator_name", e.indicatorName());
        v.put("base", e.base() == null ? "" : e.base().label());
        v.put("multiplier", e.multiplier() == null ? "" : e.multiplier().toString());
        v.put("scenes", String.join("・", e.scenes().stream().map(code -> Scenes.NAMES.get(code - 1)).toList()));
        v.put("initiatives", String.join("・", e.initiatives()));
        v.put("note", e.note() == null ? "" : e.note());
        return v;
    }

    /** What an uncatalogued load makes of the series, written out for staff to complete. */
    private static Map<String, String> uncatalogued(String exportId, String series) {
        UnitLabel inName = SeriesName.rateInName(series);
        Map<String, String> v = new HashMap<>();
        v.put("indicator_id", SeriesName.derivedIndicatorId(exportId, series));
        v.put("export_id", exportId);
        v.put("series_name", series);
        v.put("indicator_name", series);
        v.put("base", inName == null ? "" : inName.base().label());
        v.put("multiplier", inName == null ? "" : inName.multiplier().toString());
        return v;
    }

    private static String key(String exportId, String series) {
        return SeriesName.compact(exportId) + "|" + SeriesName.compact(series);
    }

    /** Written aside and moved into place, so that a failure never leaves half a catalogue. */
    private static void write(Path file, List<String> header, List<List<String>> rows, Charset charset, boolean bom)
            throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            out.printRecord(header);
            for (List<String> row : rows) {
                out.printRecord(row);
            }
        }
        Files.createDirectories(file.getParent());
        Path aside = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] body = text.toString().getBytes(charset);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Files.write(aside, bytes);
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
