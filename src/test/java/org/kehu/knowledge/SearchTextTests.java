package org.kehu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How texts and queries become search terms: words, and pairs of Chinese characters. */
class SearchTextTests {

    @Test
    void chineseRunsBecomeOverlappingPairsAndTheirLastCharacter() {
        assertThat(SearchText.terms("主轴轴承更换")).containsExactly("主轴", "轴轴", "轴承", "承更", "更换", "换");
        assertThat(SearchText.terms("M8螺栓, Torque 25")).containsExactly("m8", "螺栓", "栓", "torque", "25");
    }

    @Test
    void aChineseQueryAsksForItsPairsOneAfterAnother() {
        assertThat(SearchText.query("轴承")).isEqualTo("('轴承')");
        assertThat(SearchText.query("主轴轴承")).isEqualTo("('主轴' <-> '轴轴' <-> '轴承')");
        assertThat(SearchText.query("轴 Bearing")).isEqualTo("'轴':* & 'bearing':*");
        assertThat(SearchText.query("  ;;; ")).isEmpty();
    }
}
