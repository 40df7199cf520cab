package jp.renkei.normalise;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.domain.PublishedNumber;
import jp.renkei.domain.RateBase;
import jp.renkei.domain.UnitLabel;
import jp.renkei.domain.ValueKind;

/**
 * Expresses a published value per 100,000 of its own base, and per 100,000 total population where the
 * numerator and the total population are known. Arithmetic is decimal, so that a rate already per 100,000
 * stays exactly the published number (427.8 stays 427.8); only division by a population rounds, to 16
 * significant digits.
 */
public final class RateNormaliser {

    static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    private static final MathContext MC = MathContext.DECIMAL64;

    private final PopulationTable populations;

    public RateNormaliser(PopulationTable populations) {
        this.populations = populations;
    }

    /**
     * @param defaultBase       the catalogue's base, used when the unit names none
     * @param defaultMultiplier the catalogue's multiplier, used when the unit gives none
     */
    public NormalisedValue normalise(PublishedNumber number, UnitLabel unit, RateBase defaultBase,
                                     Integer defaultMultiplier, String regionCode, PeriodLabel period) {
        // a percentage of a population the catalogue names is a rate per 100 of it
        ValueKind kind = unit.kind() == ValueKind.PERCENT && defaultBase != null ? ValueKind.RATE : unit.kind();
        RateBase base = !kind.isNormalised() ? null : unit.base() != null ? unit.base() : defaultBase;
        Integer multiplier = kind == ValueKind.RATE
                ? (unit.multiplier() != null ? unit.multiplier() : defaultMultiplier) : null;
        if (kind == ValueKind.COUNT && base == null) {
            base = RateBase.総人口;
        }
        if (number.isMissing()) {
            return new NormalisedValue(null, kind, base, multiplier, null, false, null, null, null, null, null,
                    ValueStatus.MISSING);
        }
        BigDecimal v = number.value();
        if (!kind.isNormalised()) {
            return new NormalisedValue(v, kind, null, null, null, false, null, null, null, null, null,
                    ValueStatus.notNormalised(kind));
        }
        Optional<Denominator> denominator = base == null ? Optional.empty() : populations.find(regionCode, base, period);
        Optional<Denominator> total = populations.find(regionCode, RateBase.総人口, period);

        BigDecimal numerator;
        BigDecimal ratePer100k;
        boolean estimated;
        if (kind == ValueKind.COUNT) {
            numerator = v;
            estimated = false;
            ratePer100k = denominator.map(d -> per100k(v, d.population())).orElse(null);
        } else {
            ratePer100k = multiplier == null ? null : v.multiply(HUNDRED_THOUSAND).divide(BigDecimal.valueOf(multiplier), MC);
            estimated = true;
            numerator = multiplier == null ? null
                    : denominator.map(d -> v.multiply(BigDecimal.valueOf(d.population())).divide(BigDecimal.valueOf(multiplier), MC))
                    .orElse(null);
        }
        BigDecimal per100kTotal = numerator != null && total.isPresent() ? per100k(numerator, total.get().population()) : null;
        ValueStatus status;
        if (base == null) {
            status = ValueStatus.NO_BASE;
        } else if (denominator.isEmpty()) {
            status = ValueStatus.NO_DENOMINATOR;
        } else if (denominator.get().otherYear()) {
            status = ValueStatus.DENOMINATOR_OTHER_YEAR;
        } else {
            status = ValueStatus.OK;
        }
        return new NormalisedValue(v, kind, base, multiplier, numerator, estimated && numerator != null,
                denominator.map(Denominator::population).orElse(null), denominator.map(Denominator::asOf).orElse(null),
                ratePer100k, total.map(Denominator::population).orElse(null), per100kTotal, status);
    }

    private static BigDecimal per100k(BigDecimal count, long population) {
        if (population == 0) {
            return null;
        }
        return count.multiply(HUNDRED_THOUSAND).divide(BigDecimal.valueOf(population), MC);
    }
}
