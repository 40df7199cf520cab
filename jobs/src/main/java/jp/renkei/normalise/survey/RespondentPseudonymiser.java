package jp.renkei.normalise.survey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.renkei.source.survey.Cells;

/**
 * Replaces a respondent id by a keyed hash, so that the warehouse can tell respondents apart and a reload
 * gives each the same key, while nobody without the key can go from an id on a questionnaire to its row.
 * A plain hash would not do: ids are short serial numbers, and hashing all of them takes a second.
 *
 * <p>The key comes from configuration (never from the repository); the survey id is hashed with the raw id
 * so that serial numbers reused by another survey give other keys.
 */
public final class RespondentPseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";
    /** Shorter keys make the hash guessable; RFC 2104 recommends at least the hash output length. */
    public static final int MIN_KEY_BYTES = 32;

    /** One Mac, reset by every doFinal: looking one up and keying it costs more than the hash of a short id. */
    private final Mac mac;

    /** Not thread-safe: one per survey being prepared. */
    public RespondentPseudonymiser(byte[] hmacKey) {
        if (hmacKey == null || hmacKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the survey pseudonymisation key must be at least " + MIN_KEY_BYTES
                    + " bytes; got " + (hmacKey == null ? "none" : hmacKey.length + " bytes"));
        }
        try {
            this.mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(hmacKey.clone(), ALGORITHM));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** 64 hex digits: HMAC-SHA256 over the survey id, a unit separator and the id (normalised like a code). */
    public String pseudonym(String surveyId, String rawId) {
        return hmacHex(surveyId + '\u001f' + Cells.code(rawId));
    }

    String hmacHex(String message) {
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
