package org.kehu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTests {

    @Test
    void takesTheFirstLetterOfEachCharactersReading() {
        assertThat(PinyinInitials.of("湖北钢铁公司")).isEqualTo("hbgtgs");
    }

    @Test
    void keepsLatinLettersAndDigitsInLowerCase() {
        assertThat(PinyinInitials.of("TCL电子(3号)")).isEqualTo("tcldz3h");
    }

    @Test
    void abbreviationMatchesTheInitialsInOrder() {
        String pattern = PinyinInitials.likePattern("HBGS");
        assertThat(pattern).isEqualTo("%h%b%g%s%");
        assertThat("hbgtgs".matches(pattern.replace("%", ".*"))).isTrue();
        assertThat("bhgtgs".matches(pattern.replace("%", ".*"))).isFalse();
    }
}
