package jp.renkei.job;

import java.util.Set;

/** The codes of the region master, read once per population step (after the reference step wrote them). */
record RegionCodes(Set<String> codes) {

    RegionCodes {
        codes = Set.copyOf(codes);
    }
}
