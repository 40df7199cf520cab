package jp.renkei.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenesAndInitiativesTest {

    @Test
    void scenesByNameNumberOrCircledNumber() {
        assertThat(Scenes.parse("日常の療養支援・看取り")).containsExactly(1, 4);
        assertThat(Scenes.parse("退院支援")).containsExactly(2);
        assertThat(Scenes.parse("入退院支援")).containsExactly(2);
        assertThat(Scenes.parse("急変時の対応 / 1")).containsExactly(1, 3);
        assertThat(Scenes.parse("③、②")).containsExactly(2, 3);
        assertThat(Scenes.parse("①④")).containsExactly(1, 4);
        assertThat(Scenes.parse("４　１")).containsExactly(1, 4);
        assertThat(Scenes.parse(" ")).isEmpty();
        assertThatThrownBy(() -> Scenes.parse("1・在宅")).isInstanceOf(IllegalArgumentException.class).hasMessage("在宅");
        assertThatThrownBy(() -> Scenes.parse("⑤")).hasMessage("5");
    }

    @Test
    void initiativeLetters() {
        assertThat(Initiatives.parse("(エ)(キ)")).containsExactly("エ", "キ");
        assertThat(Initiatives.parse("キ・エ")).containsExactly("エ", "キ");
        assertThat(Initiatives.parse("（エ）")).containsExactly("エ");
        assertThat(Initiatives.parse("ｱ、ｸ")).containsExactly("ア", "ク");
        assertThat(Initiatives.parse("ウエ")).containsExactly("ウ", "エ");
        assertThat(Initiatives.parse("")).isEmpty();
        assertThatThrownBy(() -> Initiatives.parse("(エ)(ケ)")).isInstanceOf(IllegalArgumentException.class).hasMessage("ケ");
        assertThatThrownBy(() -> Initiatives.parse("エ・1")).hasMessage("1");
    }
}
