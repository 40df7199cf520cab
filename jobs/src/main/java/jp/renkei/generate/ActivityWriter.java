package jp.renkei.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * activities/: a few of the programme's own figures as staff type them (CP932, as Excel saves), in the
 * 部会 and 時点 forms of the Gyoda report; the values are drawn from the seed.
 */
final class ActivityWriter {

    static final String FILE = "activities.csv";
    private static final long SALT = 0x414354L; // "ACT"

    private ActivityWriter() {
    }

    /** Returns the number of records written. */
    static int write(Path dir, long seed) throws IOException {
        Noise noise = new Noise(seed);
        String[][] rows = {
                {"患者情報共有・ICT部会", "エ", "MCS 利用患者数", "令和5年5月現在", "名", "MCS（メディカルケアステーション）による情報共有"},
                {"患者情報共有・ICT部会", "エ", "MCS 利用医師数", "令和5年5月現在", "名", ""},
                {"普及啓発部会", "キ", "わたしの人生ファイル配布数", "令和5年9月末", "部", "人生の最終段階の意思表示（ACP）の普及"},
                {"普及啓発部会", "キ・エ", "広報誌「行田人」発行号数", "令和5年10月現在", "号", ""},
                {"研修部会", "カ", "多職種研修 開催", "令和5年7月7日", "回", ""},
                {"入退院調整部会", "ウ", "入退院支援ルール 運用医療機関数", "令和6年3月末", "機関", ""}};
        int[] high = {40, 10, 1_200, 30, 2, 20};
        try (Writer out = TextFiles.cp932(dir.resolve(FILE))) {
            out.write("部会,取組,項目,時点,値,単位,備考\r\n");
            for (int i = 0; i < rows.length; i++) {
                String[] r = rows[i];
                long value = 1 + noise.below(high[i], SALT, i);
                out.write(String.join(",", r[0], r[1], r[2], r[3], Long.toString(value), r[4], r[5]) + "\r\n");
            }
        }
        return rows.length;
    }
}
