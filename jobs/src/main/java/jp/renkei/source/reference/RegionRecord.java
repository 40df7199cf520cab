package jp.renkei.source.reference;

import jp.renkei.domain.LocalGovCode;

/**
 * One region of the master: 全国, a prefecture, a municipality or a ward.
 *
 * @param code       its code ({@link LocalGovCode#NATION} for 全国)
 * @param name       its name as the source wrote it (a ward as "札幌市 中央区" in the code4fukui list)
 * @param level      where it sits
 * @param parent     the region it lies in; null for 全国
 * @param prefecture its prefecture (itself for a prefecture); null for 全国
 */
public record RegionRecord(LocalGovCode code, String name, RegionLevel level, LocalGovCode parent,
        LocalGovCode prefecture) implements ReferenceEntry {
}
