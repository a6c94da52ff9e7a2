package org.kehu.order.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The ways a date and a number may be written in an order history file, and the numbers Kehu keeps. */
class OrderRowCheckerTests {

    @Test
    void readsDatesWithOrWithoutATime() {
        assertThat(OrderRowChecker.date("2010-12-01 08:26:00")).isEqualTo(LocalDate.of(2010, 12, 1));
        assertThat(OrderRowChecker.date("2010-12-01T08:26")).isEqualTo(LocalDate.of(2010, 12, 1));
        assertThat(OrderRowChecker.date("2010/12/1 8:26")).isEqualTo(LocalDate.of(2010, 12, 1));
        assertThat(OrderRowChecker.date("2024年3月5日")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(OrderRowChecker.date("40513")).isEqualTo(LocalDate.of(2010, 12, 1));
        assertThat(OrderRowChecker.date("2010-13-01")).isNull();
        assertThat(OrderRowChecker.date("2010-12-01 noon")).isNull();
        assertThat(OrderRowChecker.date("yesterday")).isNull();
    }

    @Test
    void readsNumbersWithThousandsSeparatorsAndCurrencySigns() {
        assertThat(OrderRowChecker.parse("1,234.50")).isEqualByComparingTo("1234.50");
        assertThat(OrderRowChecker.parse("¥86,000")).isEqualByComparingTo("86000");
        assertThat(OrderRowChecker.parse("-3")).isEqualByComparingTo("-3");
        assertThat(OrderRowChecker.parse("three")).isNull();
    }

    @Test
    void keepsTheFilesNumberUnlessItLooksLikeKehusOwn() {
        assertThat(OrderRowChecker.storedNumber("C536379")).isEqualTo("C536379");
        assertThat(OrderRowChecker.storedNumber("SO20240100001")).isEqualTo("HSO20240100001");
        assertThat(OrderRowChecker.storedNumber("SO-7")).isEqualTo("SO-7");
    }
}
