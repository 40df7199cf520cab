package jp.renkei.input;

import java.util.List;
import jp.renkei.domain.LocalGovCode;

/**
 * A cell holding a 全国地方公共団体コード in a hand-kept CSV: 5 digits (e-Stat's form, a lost leading zero
 * restored) or 6 with the check digit. A wrong check digit is the commonest typo, so its message names
 * the right code.
 */
public final class RegionCodeCell {

    public static final String EXPECTED = "a 全国地方公共団体コード: 5 digits, or 6 with the check digit";

    private RegionCodeCell() {
    }

    /** The code, or null after adding the problem to {@code problems}. */
    public static LocalGovCode parse(String file, int row, String column, String text, List<InputProblem> problems) {
        String t = NumberText.normalise(text);
        if (t.isEmpty()) {
            problems.add(InputProblem.at(file, row, column, "missing region code", null, EXPECTED));
            return null;
        }
        if (t.matches("\\d{6}") && !LocalGovCode.isValid(t)) {
            problems.add(InputProblem.at(file, row, column, "wrong check digit", text, rightCode(t.substring(0, 5))));
            return null;
        }
        if (!t.matches("\\d{4,6}")) {
            problems.add(InputProblem.at(file, row, column, "not a region code", text, EXPECTED));
            return null;
        }
        return LocalGovCode.parse(t);
    }

    /** "112062 (the check digit of 11206 is 2)". */
    public static String rightCode(String fiveDigits) {
        String right = LocalGovCode.fromFiveDigits(fiveDigits).value();
        return right + " (the check digit of " + fiveDigits + " is " + right.charAt(5) + ")";
    }
}
