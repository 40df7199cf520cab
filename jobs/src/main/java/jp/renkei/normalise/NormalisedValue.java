package jp.renkei.normalise;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.renkei.domain.RateBase;
import jp.renkei.domain.ValueKind;

/** A published value side by side with its numerator, denominator and per-100k figures. */
public record NormalisedValue(
        BigDecimal published,
        ValueKind kind,
        RateBase base,
        Integer multiplier,
        BigDecimal numerator,
        boolean numeratorEstimated,
        Long denominator,
        LocalDate denominatorAsOf,
        BigDecimal ratePer100k,
        Long totalPopulation,
        BigDecimal ratePer100kTotal,
        ValueStatus status) {
}
