package jp.renkei.source.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a region sits: 全国, 都道府県, 市区町村, a ward (区) of a designated city, or an insurer union (広域連合,
 * 一部事務組合) that 見える化 shows as a comparison region in place of its member municipalities.
 */
public enum RegionLevel {
    NATION, PREFECTURE, MUNICIPALITY, WARD, INSURER;

    /** The lower-case word renkei's region master uses (nation, prefecture, municipality, ward, insurer). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RegionLevel> fromText(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        for (RegionLevel l : values()) {
            if (l.word().equalsIgnoreCase(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
