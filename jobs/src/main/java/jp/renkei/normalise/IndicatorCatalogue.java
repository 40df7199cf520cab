package jp.renkei.normalise;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.domain.RateBase;

/** The catalogue's series by export 指標ID and series name (the 指標 cell), for labelling export rows. */
public final class IndicatorCatalogue {

    /** What normalisation needs of one catalogue entry. */
    public record Series(String indicatorId, String exportId, String seriesName, RateBase base, Integer multiplier) {
    }

    private final Map<String, Series> byKey = new HashMap<>();
    private final Map<String, List<String>> seriesByExport = new HashMap<>();

    public IndicatorCatalogue(Collection<Series> series) {
        for (Series s : series) {
            byKey.put(key(s.exportId(), s.seriesName()), s);
            seriesByExport.computeIfAbsent(normal(s.exportId()), k -> new java.util.ArrayList<>()).add(s.seriesName());
        }
    }

    /** A catalogue entry with an empty series name matches any series of its export (one-series exports). */
    public Optional<Series> find(String exportId, String seriesName) {
        Series s = byKey.get(key(exportId, seriesName));
        return s != null ? Optional.of(s) : Optional.ofNullable(byKey.get(key(exportId, "")));
    }

    /** What the catalogue knows for an export, for the message when a series is unknown. */
    public String expectedFor(String exportId) {
        List<String> known = seriesByExport.get(normal(exportId));
        if (known == null || known.isEmpty()) {
            return "an export 指標ID listed in the indicator catalogue (input/reference/); " + exportId + " is not";
        }
        return "a series the catalogue lists for " + exportId + ": " + String.join(", ", known);
    }

    private static String key(String exportId, String series) {
        return normal(exportId) + "|" + normal(series);
    }

    private static String normal(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replace(" ", "").replace("\u3000", "").strip();
    }
}
