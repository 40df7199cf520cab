package jp.renkei.job;

import jp.renkei.normalise.IndicatorCatalogue;
import jp.renkei.normalise.RateNormaliser;
import jp.renkei.normalise.RegionDirectory;

/** The catalogue, the region master and the denominators, read once per load; read-only, so threads share them. */
record IndicatorLookups(IndicatorCatalogue catalogue, RegionDirectory regions, RateNormaliser normaliser) {
}
