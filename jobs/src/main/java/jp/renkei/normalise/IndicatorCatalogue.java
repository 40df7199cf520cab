package jp.renkei.normalise;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import jp.renkei.domain.RateBase;
import jp.renkei.domain.SeriesName;
import jp.renkei.domain.UnitLabel;

/**
 * The catalogue's series by export 指標ID and series name (the 指標 cell without its display-mode prefix), for
 * labelling export rows. A series the catalogue does not list is loaded all the same, under an id derived from
 * its export ID and name.
 */
public final class IndicatorCatalogue {

    /**
     * What normalisation needs of one indicator.
     *
     * @param catalogued false for a series no catalogue row names: its id is derived, its name is the series name
     */
    public record Series(String indicatorId, String exportId, String seriesName, RateBase base, Integer multiplier,
                         boolean catalogued) {
    }

    private final Map<String, Series> byKey = new HashMap<>();

    public IndicatorCatalogue(Collection<Series> series) {
        for (Series s : series) {
            byKey.put(key(s.exportId(), s.seriesName()), s);
        }
    }

    /**
     * The catalogue's entry for the series, or else an uncatalogued one: id from export ID and series name, base
     * and multiplier from the series name when it carries them ({@code …【65歳以上人口1万対】}), else from the unit
     * as each value is normalised. A catalogue entry with an empty series name matches any series of its export.
     */
    public Series find(String exportId, String seriesName) {
        Series s = byKey.get(key(exportId, seriesName));
        if (s == null) {
            s = byKey.get(key(exportId, ""));
        }
        if (s != null) {
            return s;
        }
        UnitLabel inName = SeriesName.rateInName(seriesName);
        return new Series(SeriesName.derivedIndicatorId(exportId, seriesName), exportId, seriesName,
                inName == null ? null : inName.base(), inName == null ? null : inName.multiplier(), false);
    }

    private static String key(String exportId, String series) {
        return SeriesName.compact(exportId) + "|" + SeriesName.compact(series);
    }
}
