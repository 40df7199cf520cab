package jp.renkei.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartFileNameTest {

    @Test
    void exportIdsStayAsTheyAreAndEveryOtherCharacterIsEscapedAsHiveDoes() {
        assertThat(PartFileName.escape("δ1-c")).isEqualTo("δ1-c");
        assertThat(PartFileName.escape("B4-a")).isEqualTo("B4-a");
        assertThat(PartFileName.escape("K3_dd.x")).isEqualTo("K3_dd.x");
        assertThat(PartFileName.escape("A/1")).isEqualTo("A%2F1");
        assertThat(PartFileName.escape("a%2F")).as("'%' itself: two keys never share a name").isEqualTo("a%252F");
        assertThat(PartFileName.escape("..")).isEqualTo("%2E.");
        assertThat(PartFileName.escape("A 1:＊")).isEqualTo("A%201%3A%EF%BC%8A");
    }
}
