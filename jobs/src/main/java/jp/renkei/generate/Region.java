package jp.renkei.generate;

import jp.renkei.source.reference.RegionLevel;

/**
 * A generated region.
 *
 * @param index      position in {@link RegionPlan#regions()}: the key of its random draws
 * @param code       6-digit 全国地方公共団体コード with check digit (000000 for 全国)
 * @param name       nationally unique name
 * @param level      nation, prefecture or municipality
 * @param parentCode null for 全国
 * @param prefecture index into {@link Prefecture#ALL}, -1 for 全国
 */
public record Region(int index, String code, String name, RegionLevel level, String parentCode, int prefecture) {

    /** The 5-digit code e-Stat prints (00000 for 全国). */
    public String fiveDigits() {
        return code.substring(0, 5);
    }
}
