package jp.renkei.source.activity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One count a 部会 reports about its own activity (MCS users, copies of わたしの人生ファイル handed out,
 * training sessions), as staff typed it.
 *
 * @param workingGroup the 部会
 * @param initiatives  the 具体的取組 letters ア〜ク it belongs to (may be empty)
 * @param scenes       the 4つの場面 it serves, as codes 1-4 (may be empty)
 * @param item         what was counted
 * @param asOfLabel    the 時点 as written (令和5年5月現在); parsed elsewhere
 * @param value        the value, scale as written (12.50 stays 12.50)
 * @param unit         the unit, or null
 * @param note         the 備考, or null
 * @param row          the 1-based row of the file
 */
public record ActivityRecord(String workingGroup, List<String> initiatives, List<Integer> scenes, String item, String asOfLabel, BigDecimal value,
        String unit, String note, int row) {

    public ActivityRecord {
        initiatives = List.copyOf(initiatives);
        scenes = List.copyOf(scenes);
    }
}
