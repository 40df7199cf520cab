package jp.renkei.source.population;

import java.time.LocalDate;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.domain.RateBase;

/**
 * One population count usable as a rate's denominator: how many people of a base lived in a region on
 * a day, by which statistic.
 *
 * @param regionCode the region ({@link LocalGovCode#NATION} for Japan)
 * @param base       which population was counted
 * @param asOf       the reference day of the count (1 October for the census, 1 January for the register)
 * @param population the count
 * @param statistic  the source statistic, e.g. 国勢調査 or 住民基本台帳
 * @param sourceRow  the 1-based row of the input file it came from
 */
public record PopulationFigure(LocalGovCode regionCode, RateBase base, LocalDate asOf, long population, String statistic,
        int sourceRow) {
}
