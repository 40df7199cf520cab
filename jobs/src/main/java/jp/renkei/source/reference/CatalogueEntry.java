package jp.renkei.source.reference;

import java.util.List;
import jp.renkei.domain.RateBase;

/**
 * One indicator the warehouse publishes, and where it comes from in the 見える化 exports.
 *
 * @param indicatorId   renkei's id for the indicator
 * @param exportId      the 見える化 指標ID of the export it is read from (e.g. δ1-c)
 * @param seriesName    the series (指標 column) within that export; "" when the export has one series
 * @param indicatorName the name shown in the report
 * @param base          the population the rate is counted over; null for a count
 * @param multiplier    100 (%), 1000, 10000 or 100000; null for a count
 * @param scenes        the 4つの場面 it belongs to, as codes 1-4, sorted
 * @param initiatives   the 具体的取組 letters ア〜ク it belongs to, in that order
 * @param note          free text; null when empty
 */
public record CatalogueEntry(String indicatorId, String exportId, String seriesName, String indicatorName, RateBase base,
        Integer multiplier, List<Integer> scenes, List<String> initiatives, String note) implements ReferenceEntry {

    public CatalogueEntry {
        scenes = List.copyOf(scenes);
        initiatives = List.copyOf(initiatives);
    }
}
