package jp.renkei.source.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.renkei.domain.SeriesName;
import jp.renkei.input.ReadResult;

/**
 * The indicator catalogue that ships with renkei: the δ1-c 医療介護連携 series and the B1/B3/B4 denominator series
 * with the 4つの場面 and 具体的取組 the MHLW 手引き relates them to. A catalogue in input/reference/ overrides it row
 * by row: a row there with the same indicator_id, or the same export_id and series_name, replaces the default one.
 */
public final class DefaultCatalogue {

    /** How messages name the resource. */
    public static final String NAME = "renkei default catalogue (default_indicator_catalogue.csv)";
    private static final String RESOURCE = "default_indicator_catalogue.csv";

    private DefaultCatalogue() {
    }

    public static List<CatalogueEntry> entries() {
        try (InputStream in = DefaultCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("renkei's jar lacks " + RESOURCE);
            }
            ReadResult<CatalogueEntry> read = new IndicatorCatalogueReader().read(NAME, in.readAllBytes());
            if (!read.rejects().isEmpty()) {
                throw new IllegalStateException("renkei's default catalogue is wrong: " + read.rejects().getFirst().message());
            }
            return read.items();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue in force: every row of {@code staff}, then the default rows none of them overrides. */
    public static List<CatalogueEntry> overriddenBy(List<CatalogueEntry> staff) {
        Set<String> ids = new HashSet<>();
        Set<String> series = new HashSet<>();
        for (CatalogueEntry e : staff) {
            ids.add(e.indicatorId());
            series.add(seriesKey(e));
        }
        List<CatalogueEntry> inForce = new ArrayList<>(staff);
        for (CatalogueEntry e : entries()) {
            if (!ids.contains(e.indicatorId()) && !series.contains(seriesKey(e))) {
                inForce.add(e);
            }
        }
        return inForce;
    }

    static String seriesKey(CatalogueEntry e) {
        return SeriesName.compact(e.exportId()) + "|" + SeriesName.compact(e.seriesName());
    }
}
