package jp.renkei.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The 具体的取組 (ア)〜(ク) of the 在宅医療・介護連携推進事業, by their letters. People write them as
 * "(エ)(キ)", "エ・キ", "（エ）", "エ、キ" or "ｴ": all give ["エ", "キ"] in ア〜ク order.
 */
public final class Initiatives {

    public static final List<String> LETTERS = List.of("ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク");

    private Initiatives() {
    }

    /**
     * @throws IllegalArgumentException naming the first token that is not one of ア〜ク
     */
    public static List<String> parse(String text) {
        // NFKC: full-width parentheses to ASCII, half-width katakana to full-width.
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        boolean[] seen = new boolean[LETTERS.size()];
        for (String token : t.split("[()\\[\\]・,、/\\s]+")) {
            for (int i = 0; i < token.length(); i++) {
                int at = LETTERS.indexOf(String.valueOf(token.charAt(i)));
                if (at < 0) {
                    throw new IllegalArgumentException(token);
                }
                seen[at] = true;
            }
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                letters.add(LETTERS.get(i));
            }
        }
        return List.copyOf(letters);
    }
}
