package jp.renkei.normalise;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.domain.PeriodKind;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.domain.RateBase;

/**
 * The loaded population figures, by region and base, for finding a value's denominator. A figure belongs
 * to a period when its as-of date lies in the period (for a month, a day or a stock at a month's end:
 * in the 年度 around it). Nothing is invented: with no figure in the period the answer is empty, unless
 * configuration allows taking the nearest figure up to {@code maxYearDistance} years away, and then the
 * denominator says so.
 */
public final class PopulationTable {

    /** One figure as the warehouse holds it. */
    public record Figure(String regionCode, RateBase base, LocalDate asOf, long population) {
    }

    private final Map<String, List<Figure>> byRegionAndBase = new HashMap<>();
    private final int maxYearDistance;

    public PopulationTable(Collection<Figure> figures, int maxYearDistance) {
        for (Figure f : figures) {
            byRegionAndBase.computeIfAbsent(key(f.regionCode(), f.base()), k -> new ArrayList<>()).add(f);
        }
        byRegionAndBase.values().forEach(l -> l.sort(Comparator.comparing(Figure::asOf)));
        this.maxYearDistance = maxYearDistance;
    }

    public Optional<Denominator> find(String regionCode, RateBase base, PeriodLabel period) {
        List<Figure> figures = byRegionAndBase.getOrDefault(key(regionCode, base), List.of());
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = windowStart(period);
        LocalDate to = windowEnd(period);
        Figure inside = null;
        for (Figure f : figures) {
            if (!f.asOf().isBefore(from) && !f.asOf().isAfter(to)) {
                inside = f; // the latest figure within the period
            }
        }
        if (inside != null) {
            return Optional.of(new Denominator(inside.population(), inside.asOf(), false));
        }
        if (maxYearDistance <= 0) {
            return Optional.empty();
        }
        Figure nearest = null;
        long nearestDays = Long.MAX_VALUE;
        for (Figure f : figures) {
            long days = f.asOf().isBefore(from) ? ChronoUnit.DAYS.between(f.asOf(), from) : ChronoUnit.DAYS.between(to, f.asOf());
            if (days < nearestDays) {
                nearest = f;
                nearestDays = days;
            }
        }
        if (nearest == null || nearestDays > 366L * maxYearDistance) {
            return Optional.empty();
        }
        return Optional.of(new Denominator(nearest.population(), nearest.asOf(), true));
    }

    private static LocalDate windowStart(PeriodLabel p) {
        return isPointLike(p) ? LocalDate.of(PeriodLabel.fiscalYearOf(p.start()), 4, 1) : p.start();
    }

    private static LocalDate windowEnd(PeriodLabel p) {
        return isPointLike(p) ? LocalDate.of(PeriodLabel.fiscalYearOf(p.start()) + 1, 3, 31) : p.end();
    }

    private static boolean isPointLike(PeriodLabel p) {
        return p.kind() == PeriodKind.MONTH || p.kind() == PeriodKind.AS_OF || p.kind() == PeriodKind.DATE;
    }

    private static String key(String regionCode, RateBase base) {
        return regionCode + "|" + base.name();
    }
}
