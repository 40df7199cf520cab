package jp.renkei.publish;

import java.nio.charset.StandardCharsets;

/**
 * A partition key in a file name. Letters and digits of any script (δ1-c), '-', '_' and '.' stay; every other
 * character, '%' included, becomes %XX of its UTF-8 bytes, as Hive escapes a path: the name is safe on every file
 * system and object store, and two keys never share one.
 */
final class PartFileName {

    private PartFileName() {
    }

    static String escape(String key) {
        StringBuilder out = new StringBuilder();
        key.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && !out.isEmpty())) {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }
}
