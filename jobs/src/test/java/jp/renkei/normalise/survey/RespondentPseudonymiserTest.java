package jp.renkei.normalise.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RespondentPseudonymiserTest {

    private static final byte[] KEY = "a test key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    /** RFC 4231 test case 6: a 131-byte key of 0xaa. */
    @Test
    void isHmacSha256() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        assertThat(new RespondentPseudonymiser(key).hmacHex("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void sameIdSameKeyDifferentSurveyOrKeyDifferentPseudonym() {
        RespondentPseudonymiser p = new RespondentPseudonymiser(KEY);
        byte[] other = KEY.clone();
        other[0] ^= 1;

        assertThat(p.pseudonym("s1", "0001")).isEqualTo(p.pseudonym("s1", "０００１ ")).hasSize(64)
                .isNotEqualTo(p.pseudonym("s2", "0001"))
                .isNotEqualTo(new RespondentPseudonymiser(other).pseudonym("s1", "0001"));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new RespondentPseudonymiser(new byte[16]))
                .hasMessage("the survey pseudonymisation key must be at least 32 bytes; got 16 bytes");
    }
}
