package jp.renkei.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The eras a period label can use. {@code java.time.chrono.JapaneseDate} cannot parse 元年 and silently
 * accepts 平成31年5月1日, so renkei converts era years itself and checks the era's first and last day.
 */
public enum JapaneseEra {
    昭和("S", 1925, LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
    平成("H", 1988, LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
    令和("R", 2018, LocalDate.of(2019, 5, 1), LocalDate.MAX);

    private final String letter;
    private final int offset;
    private final LocalDate first;
    private final LocalDate last;

    JapaneseEra(String letter, int offset, LocalDate first, LocalDate last) {
        this.letter = letter;
        this.offset = offset;
        this.first = first;
        this.last = last;
    }

    /** 昭和, 平成, 令和 or their letters S, H, R (either case). */
    public static Optional<JapaneseEra> fromToken(String token) {
        for (JapaneseEra e : values()) {
            if (e.name().equals(token) || e.letter.equalsIgnoreCase(token)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The Gregorian year of era year {@code n} (元年 = 1). */
    public int gregorianYear(int n) {
        return offset + n;
    }

    /** The last era year that exists (平成31, 昭和64);令和 has none yet. */
    public int lastEraYear() {
        return this == 令和 ? Integer.MAX_VALUE : last.getYear() - offset;
    }

    public LocalDate firstDay() {
        return first;
    }

    public LocalDate lastDay() {
        return last;
    }
}
