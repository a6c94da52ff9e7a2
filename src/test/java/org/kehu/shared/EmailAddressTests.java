package org.kehu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @CsvSource({"Li.Ming@Example.COM.cn,Li.Ming@example.com.cn", "' wf@example.com ',wf@example.com",
            "sales+crm@kehu.example.cn,sales+crm@kehu.example.cn", "zhang_san@例子.中国,zhang_san@例子.中国"})
    void acceptsAddressesAndLowersTheDomain(String typed, String stored) {
        assertThat(EmailAddress.parse(typed)).contains(new EmailAddress(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "a@b", "not-an-email", "@example.cn", "li@", "a..b@example.cn", ".a@example.cn",
            "a b@example.cn", "a@-example.cn", "a@example.c", "a@example.123", "li@example.cn.", "<li@example.cn>"})
    void refusesWhatIsNoAddress(String typed) {
        assertThat(EmailAddress.isValid(typed)).isFalse();
    }

    @Test
    void refusesWhatTheColumnCannotHold() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@" + "b".repeat(60) + ".example.cn")).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.cn")).isFalse();
        assertThat(EmailAddress.isValid("a@" + ("b".repeat(60) + ".").repeat(4) + "cn")).isFalse();
    }
}
