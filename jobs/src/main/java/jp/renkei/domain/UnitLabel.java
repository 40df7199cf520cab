package jp.renkei.domain;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 見える化 unit text says about its denominator: {@code 回（人口10万対）} is a rate per 100,000 of
 * 総人口, {@code [認定者1万対]} per 10,000 認定者数, {@code （%）} a rate per 100 of a base the catalogue names,
 * {@code （人）} a count. The base is {@code null} when the unit does not name it.
 */
public record UnitLabel(String raw, ValueKind kind, RateBase base, Integer multiplier) {

    private static final Pattern PER = Pattern.compile("(\\d*)(万|千)?対");
    private static final Pattern COUNT_WORD = Pattern.compile("^[(（\\[【]?(人|回|件|人数|件数|回数|者|名)[)）\\]】]?$"
            + "|^(人|回|件)[(（\\[【]");

    /** Reads a unit text; full-width digits and brackets are NFKC-normalised first. */
    public static UnitLabel parse(String raw) {
        String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher per = PER.matcher(text);
        while (per.find()) {
            if (per.group(1).isEmpty() && per.group(2) == null) {
                continue;
            }
            int number = per.group(1).isEmpty() ? 1 : Integer.parseInt(per.group(1));
            int multiplier = number * switch (per.group(2) == null ? "" : per.group(2)) {
                case "万" -> 10_000;
                case "千" -> 1_000;
                default -> 1;
            };
            String before = text.substring(0, per.start());
            String words = before.substring(Math.max(0, lastBracket(before) + 1));
            return new UnitLabel(raw, ValueKind.RATE, baseIn(words), multiplier);
        }
        if (text.contains("%")) {
            return new UnitLabel(raw, ValueKind.RATE, null, 100);
        }
        if (text.contains("‰")) {
            return new UnitLabel(raw, ValueKind.RATE, null, 1_000);
        }
        if (COUNT_WORD.matcher(text).find()) {
            return new UnitLabel(raw, ValueKind.COUNT, null, null);
        }
        return new UnitLabel(raw, ValueKind.OTHER, null, null);
    }

    private static int lastBracket(String s) {
        int at = -1;
        for (char c : new char[] {'(', '[', '【', '（'}) {
            at = Math.max(at, s.lastIndexOf(c));
        }
        return at;
    }

    /** The base named just before the number (人口 → 総人口, 65歳以上人口, 認定者 → 認定者数), or null. */
    private static RateBase baseIn(String words) {
        if (words.isEmpty()) {
            return null;
        }
        RateBase best = null;
        int bestLength = 0;
        for (RateBase b : RateBase.values()) {
            for (String alias : b.aliases()) {
                if (words.endsWith(alias) && alias.length() > bestLength) {
                    best = b;
                    bestLength = alias.length();
                }
            }
        }
        return best;
    }
}
