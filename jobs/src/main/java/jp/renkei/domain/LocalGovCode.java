package jp.renkei.domain;

import java.text.Normalizer;

/**
 * 全国地方公共団体コード: 2 digits prefecture + 3 digits municipality + 1 check digit, kept as text.
 * The nation has no such code; renkei uses {@link #NATION} (000000) by convention.
 */
public record LocalGovCode(String value) {

    /** 全国, by convention: not a real 全国地方公共団体コード and exempt from the check digit. */
    public static final LocalGovCode NATION = new LocalGovCode("000000");

    public LocalGovCode {
        if (value == null || !value.matches("\\d{6}")) {
            throw new IllegalArgumentException("a 全国地方公共団体コード has 6 digits: " + value);
        }
    }

    /** {@code check = (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10}. */
    public static int checkDigit(String fiveDigits) {
        int s = 0;
        for (int i = 0; i < 5; i++) {
            s += (6 - i) * (fiveDigits.charAt(i) - '0');
        }
        return (11 - s % 11) % 10;
    }

    /** Adds the check digit to a 5-digit code; restores a leading zero lost in a spreadsheet (1100 → 01100). */
    public static LocalGovCode fromFiveDigits(String code) {
        String c = digitsOf(code);
        if (c.length() == 4) {
            c = "0" + c;
        }
        if (!c.matches("\\d{5}")) {
            throw new IllegalArgumentException("not a 5-digit municipality code: " + code);
        }
        if (c.equals("00000")) {
            return NATION;
        }
        return new LocalGovCode(c + checkDigit(c));
    }

    /**
     * Parses a 6-digit code with its check digit (a lost leading zero restored), or a 5-digit one
     * (e-Stat's form), adding the check digit.
     *
     * @throws IllegalArgumentException with the expected check digit when the given one is wrong
     */
    public static LocalGovCode parse(String text) {
        String c = digitsOf(text);
        if (c.length() == 4 || c.length() == 5) {
            return fromFiveDigits(c);
        }
        if (c.length() == 6 && c.equals(NATION.value)) {
            return NATION;
        }
        if (c.length() != 6 || !c.matches("\\d{6}")) {
            throw new IllegalArgumentException("a 全国地方公共団体コード has 5 digits or 6 with the check digit");
        }
        int expected = checkDigit(c.substring(0, 5));
        if (c.charAt(5) - '0' != expected) {
            throw new IllegalArgumentException("check digit " + c.charAt(5) + " is wrong: the code with its check digit is "
                    + c.substring(0, 5) + expected);
        }
        return new LocalGovCode(c);
    }

    /** True for a 6-digit code whose last digit is its check digit (or the nation's 000000). */
    public static boolean isValid(String text) {
        try {
            String c = digitsOf(text);
            return c.length() == 6 && parse(c).value.equals(c);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The prefecture code of a prefecture number 1..47 (埼玉県 11 → 110001). */
    public static LocalGovCode ofPrefecture(int number) {
        if (number < 1 || number > 47) {
            throw new IllegalArgumentException("prefecture numbers run from 1 to 47: " + number);
        }
        return fromFiveDigits(String.format("%02d000", number));
    }

    public String prefectureDigits() {
        return value.substring(0, 2);
    }

    /** The code without its check digit, as e-Stat writes it. */
    public String fiveDigits() {
        return value.substring(0, 5);
    }

    public boolean isNation() {
        return this.equals(NATION);
    }

    public boolean isPrefecture() {
        return !isNation() && value.startsWith("000", 2);
    }

    /** The code of the prefecture this region lies in. */
    public LocalGovCode prefecture() {
        return fromFiveDigits(prefectureDigits() + "000");
    }

    private static String digitsOf(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
