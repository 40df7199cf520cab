package jp.renkei.source.survey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The respondent ids seen so far, each as the first 128 bits of its SHA-256 with the row it was first seen in: the
 * repeat check of a million-respondent file in about 40 bytes per respondent instead of a map of strings (about 110).
 * Two different ids share a fingerprint with a chance of about n² / 2¹²⁹ (10⁻²⁷ for a million), far below that of a
 * disk error; the respondent keys themselves rest on the same kind of hash.
 */
final class IdFingerprints {

    private final MessageDigest sha256;
    private long[] high = new long[1 << 12];
    private long[] low = new long[1 << 12];
    /** The row each fingerprint was first seen in; 0 marks an empty slot (rows count from 1). */
    private int[] rows = new int[1 << 12];
    private int size;

    IdFingerprints() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** @return the row the id was first seen in, or 0 when it is new (and now remembered at {@code row}, from 1) */
    int putIfAbsent(String id, int row) {
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(id.getBytes(StandardCharsets.UTF_8)));
        long h = digest.getLong();
        long l = digest.getLong();
        int mask = rows.length - 1;
        for (int i = (int) l & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                high[i] = h;
                low[i] = l;
                rows[i] = row;
                if (++size * 2 > rows.length) {
                    grow();
                }
                return 0;
            }
            if (high[i] == h && low[i] == l) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldRows = rows;
        high = new long[oldRows.length * 2];
        low = new long[oldRows.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = rows.length - 1;
        for (int j = 0; j < oldRows.length; j++) {
            if (oldRows[j] == 0) {
                continue;
            }
            int i = (int) oldLow[j] & mask;
            while (rows[i] != 0) {
                i = (i + 1) & mask;
            }
            high[i] = oldHigh[j];
            low[i] = oldLow[j];
            rows[i] = oldRows[j];
        }
    }
}
