package jp.renkei.domain;

import java.text.Normalizer;
import java.util.Optional;

/** The population a rate is counted over. The same measure is published on different bases over time. */
public enum RateBase {
    総人口("総人口", "人口"),
    六十五歳以上人口("65歳以上人口", "65歳以上人口", "高齢者人口", "65歳以上"),
    認定者数("認定者数", "認定者"),
    第1号被保険者数("第1号被保険者数", "第1号被保険者", "第一号被保険者数", "第一号被保険者", "1号被保険者");

    private final String label;
    private final String[] aliases;

    RateBase(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The name analysts see and the warehouse stores (総人口, 65歳以上人口, 認定者数, 第1号被保険者数). */
    public String label() {
        return label;
    }

    /** Finds a base by its label or a usual alias, after NFKC normalisation (full-width digits). */
    public static Optional<RateBase> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        for (RateBase b : values()) {
            if (b.label.equals(t)) {
                return Optional.of(b);
            }
            for (String a : b.aliases) {
                if (a.equals(t)) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    /** Aliases longest first, for finding a base inside a unit text such as 【65歳以上人口1万対】. */
    String[] aliases() {
        return aliases.clone();
    }

    @Override
    public String toString() {
        return label;
    }
}
