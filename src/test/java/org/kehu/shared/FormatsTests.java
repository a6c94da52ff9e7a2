package org.kehu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void moneyIsYuanWithThousandsSeparatorsAndTwoDecimalsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            LocaleContextHolder.setLocale(locale);
            assertThat(Formats.money(new BigDecimal("1234567.5"))).isEqualTo("¥1,234,567.50");
            assertThat(Formats.money(new BigDecimal("0.005"))).isEqualTo("¥0.01");
            assertThat(Formats.money(new BigDecimal("-80"))).isEqualTo("-¥80.00");
            assertThat(Formats.money(null)).isEmpty();
        }
    }

    @Test
    void aPriceChangeShowsItsSign() {
        assertThat(Formats.moneyChange(new BigDecimal("1200"))).isEqualTo("+¥1,200.00");
        assertThat(Formats.moneyChange(new BigDecimal("-80"))).isEqualTo("−¥80.00");
        assertThat(Formats.moneyChange(BigDecimal.ZERO)).isEqualTo("¥0.00");
    }

    @Test
    void numbersKeepTheirDecimalsAndGroupThousands() {
        assertThat(Formats.number(12345)).isEqualTo("12,345");
        assertThat(Formats.number(new BigDecimal("2.500"))).isEqualTo("2.5");
        assertThat(Formats.decimal(4.256, 2)).isEqualTo("4.26");
    }

    @Test
    void momentsAreShownInChinaTimeWhateverTheServerZone() {
        Instant at = Instant.parse("2026-11-24T17:30:05Z");
        assertThat(Formats.dateTime(at)).isEqualTo("2026-11-25 01:30");
        assertThat(Formats.dateTimeSeconds(at)).isEqualTo("2026-11-25 01:30:05");
        assertThat(Formats.date(at)).isEqualTo("2026-11-25");
        assertThat(Formats.time(at)).isEqualTo("01:30");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 11, 25, 9, 30))).isEqualTo("2026-11-25 09:30");
        assertThat(Formats.inputDateTime(LocalDateTime.of(2026, 11, 25, 9, 30))).isEqualTo("2026-11-25T09:30");
        assertThat(Formats.time(LocalTime.of(8, 30))).isEqualTo("08:30");
        assertThat(Formats.dateTime(null)).isEmpty();
    }

    @Test
    void wordsOfDatesFollowTheReadersLanguage() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Formats.month(day)).isEqualTo("2026年11月");
        assertThat(Formats.weekday(day)).isEqualTo("周三");
        assertThat(Formats.day(day)).isEqualTo("2026年11月25日");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Formats.month(day)).isEqualTo("November 2026");
        assertThat(Formats.weekday(day)).isEqualTo("Wed");
        assertThat(Formats.day(day)).isEqualTo("Nov 25, 2026");
    }
}
