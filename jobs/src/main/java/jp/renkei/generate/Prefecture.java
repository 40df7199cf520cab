package jp.renkei.generate;

import java.util.List;
import jp.renkei.domain.LocalGovCode;

/**
 * One of the 47 prefectures, with the number of municipalities (市区町村, 東京都's 23 special wards
 * counted) it really has: the generator spreads its municipalities in these proportions, so that the
 * national case has 北海道's 179 and 富山県's 15 as the real master does.
 *
 * @param number        JIS prefecture number 1..47
 * @param name          the real name (北海道, 埼玉県)
 * @param municipalities the real number of municipalities, used as a weight
 */
public record Prefecture(int number, String name, int municipalities) {

    public LocalGovCode code() {
        return LocalGovCode.ofPrefecture(number);
    }

    /** The name without 都, 府 or 県 (北海道 keeps its 道: 北海 is not how anyone says it). */
    public String shortName() {
        return number == 1 ? name : name.substring(0, name.length() - 1);
    }

    /** All 47 in JIS order; the counts sum to 1,741. */
    public static final List<Prefecture> ALL = List.of(
            new Prefecture(1, "北海道", 179), new Prefecture(2, "青森県", 40), new Prefecture(3, "岩手県", 33),
            new Prefecture(4, "宮城県", 35), new Prefecture(5, "秋田県", 25), new Prefecture(6, "山形県", 35),
            new Prefecture(7, "福島県", 59), new Prefecture(8, "茨城県", 44), new Prefecture(9, "栃木県", 25),
            new Prefecture(10, "群馬県", 35), new Prefecture(11, "埼玉県", 63), new Prefecture(12, "千葉県", 54),
            new Prefecture(13, "東京都", 62), new Prefecture(14, "神奈川県", 33), new Prefecture(15, "新潟県", 30),
            new Prefecture(16, "富山県", 15), new Prefecture(17, "石川県", 19), new Prefecture(18, "福井県", 17),
            new Prefecture(19, "山梨県", 27), new Prefecture(20, "長野県", 77), new Prefecture(21, "岐阜県", 42),
            new Prefecture(22, "静岡県", 35), new Prefecture(23, "愛知県", 54), new Prefecture(24, "三重県", 29),
            new Prefecture(25, "滋賀県", 19), new Prefecture(26, "京都府", 26), new Prefecture(27, "大阪府", 43),
            new Prefecture(28, "兵庫県", 41), new Prefecture(29, "奈良県", 39), new Prefecture(30, "和歌山県", 30),
            new Prefecture(31, "鳥取県", 19), new Prefecture(32, "島根県", 19), new Prefecture(33, "岡山県", 27),
            new Prefecture(34, "広島県", 23), new Prefecture(35, "山口県", 19), new Prefecture(36, "徳島県", 24),
            new Prefecture(37, "香川県", 17), new Prefecture(38, "愛媛県", 20), new Prefecture(39, "高知県", 34),
            new Prefecture(40, "福岡県", 60), new Prefecture(41, "佐賀県", 20), new Prefecture(42, "長崎県", 21),
            new Prefecture(43, "熊本県", 45), new Prefecture(44, "大分県", 18), new Prefecture(45, "宮崎県", 26),
            new Prefecture(46, "鹿児島県", 43), new Prefecture(47, "沖縄県", 41));
}
