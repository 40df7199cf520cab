package jp.renkei.domain;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 見える化 unit text (and, where the unit does not say, the series name) says about a value:
 * {@code 回（人口10万対）} is a rate per 100,000 of 総人口, {@code [認定者1万対]} per 10,000 認定者数,
 * {@code （%）} a percentage (a rate per 100 once the catalogue names its base), {@code （人）} a count,
 * {@code （円）} money, a {@code （偏差値）} series or 地域差指数 an index. The base is {@code null} when the unit
 * does not name it.
 */
public record UnitLabel(String raw, ValueKind kind, RateBase base, Integer multiplier) {

    private static final Pattern INDEX = Pattern.compile("偏差値|地域差指数|指数");
    private static final Pattern MONEY = Pattern.compile("円");
    /* in a series name, 円 alone could be part of a word (円滑): only a bracketed unit or a known money series */
    private static final Pattern MONEY_NAME = Pattern.compile("\\((千)?円\\)|給付月額");

    private static final Pattern PER = Pattern.compile("(\\d*)(万|千)?対");
    private static final Pattern COUNT_WORD = Pattern.compile("^[(（\\[【]?(人|回|件|人数|件数|回数|者|名)[)）\\]】]?$"
            + "|^(人|回|件)[(（\\[【]");

    /**
     * Reads a unit together with its series name: an index or money is known by either; a base written inside
     * the name ({@code 認定率【65歳以上人口1０万対】}) counts where the unit names none, also behind a count word
     * ({@code （人)}).
     */
    public static UnitLabel parse(String raw, String seriesName) {
        String unit = normal(raw);
        String name = normal(seriesName);
        if (INDEX.matcher(name).find() || INDEX.matcher(unit).find()) {
            return new UnitLabel(raw, ValueKind.INDEX, null, null);
        }
        if (MONEY.matcher(unit).find() || (unit.isEmpty() || isCountWord(unit)) && MONEY_NAME.matcher(name).find()) {
            return new UnitLabel(raw, ValueKind.MONEY, null, null);
        }
        UnitLabel fromUnit = parse(raw);
        if (fromUnit.base() != null || fromUnit.kind() == ValueKind.OTHER && !unit.isEmpty()) {
            return fromUnit;
        }
        UnitLabel fromName = perBase(raw, name);
        if (fromName != null && (fromUnit.kind() == ValueKind.COUNT || unit.isEmpty()
                || fromName.multiplier().equals(fromUnit.multiplier()))) {
            return fromName;
        }
        return fromUnit;
    }

    /** Reads a unit text alone; full-width digits and brackets are NFKC-normalised first. */
    public static UnitLabel parse(String raw) {
        String text = normal(raw);
        UnitLabel rate = perBase(raw, text);
        if (rate != null) {
            return rate;
        }
        if (text.contains("%")) {
            return new UnitLabel(raw, ValueKind.PERCENT, null, 100);
        }
        if (text.contains("‰")) {
            return new UnitLabel(raw, ValueKind.RATE, null, 1_000);
        }
        if (isCountWord(text)) {
            return new UnitLabel(raw, ValueKind.COUNT, null, null);
        }
        if (MONEY.matcher(text).find()) {
            return new UnitLabel(raw, ValueKind.MONEY, null, null);
        }
        if (INDEX.matcher(text).find()) {
            return new UnitLabel(raw, ValueKind.INDEX, null, null);
        }
        return new UnitLabel(raw, ValueKind.OTHER, null, null);
    }

    private static String normal(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static boolean isCountWord(String text) {
        return COUNT_WORD.matcher(text).find();
    }

    /** A rate named by "…N万対" in {@code text}, or null. */
    private static UnitLabel perBase(String raw, String text) {
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
        return null;
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
