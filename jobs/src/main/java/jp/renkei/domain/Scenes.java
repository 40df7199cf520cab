package jp.renkei.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The 4つの場面 of the MHLW 手引き as codes 1-4: 1 日常の療養支援, 2 入退院支援, 3 急変時の対応, 4 看取り.
 * An indicator may belong to several; people write them by name or number, in many separators.
 */
public final class Scenes {

    public static final List<String> NAMES = List.of("日常の療養支援", "入退院支援", "急変時の対応", "看取り");

    // 退院支援 is the name the first edition of the 手引き used for scene 2.
    private static final Map<String, Integer> BY_NAME = Map.of("日常の療養支援", 1, "入退院支援", 2, "退院支援", 2,
            "急変時の対応", 3, "看取り", 4);

    private Scenes() {
    }

    /**
     * Reads "日常の療養支援・看取り", "1,4", "①④" or "1 / 4" as [1, 4] (sorted, each once). NFKC turns
     * ①-④ and full-width digits into 1-4. An empty text gives an empty list.
     *
     * @throws IllegalArgumentException naming the first token that is not a scene
     */
    public static List<Integer> parse(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        TreeSet<Integer> codes = new TreeSet<>();
        for (String token : t.split("[・,、/\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.matches("[1-4]+")) {
                // "14" is how ①④ comes out of NFKC when written without a separator.
                token.chars().forEach(c -> codes.add(c - '0'));
            } else if (BY_NAME.containsKey(token)) {
                codes.add(BY_NAME.get(token));
            } else {
                throw new IllegalArgumentException(token);
            }
        }
        return List.copyOf(codes);
    }
}
