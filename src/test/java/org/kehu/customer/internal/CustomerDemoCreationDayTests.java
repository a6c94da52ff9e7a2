package org.kehu.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;

/**
 * The demo customers' creation days do not move with the hour the demo is loaded: the demo orders go only to
 * customers created by the order's day, so a moving creation day changed the whole demo order history, and with
 * it the demo lifetime value model, over the day (its fit failed from 18:00 Beijing on).
 */
class CustomerDemoCreationDayTests {

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessTime.ZONE).toInstant();
    }

    private static LocalDate dayInBeijing(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toLocalDate();
    }

    @Test
    void aCustomerLoadedInTheMorningOrLateAtNightIsCreatedOnTheSameDay() {
        for (int minute : new int[] {0, 9 * 60 + 30, 18 * 60 + 5, 24 * 60 - 1}) {
            Instant morning = CustomerDemoData.createdAt(beijing("2026-12-07T00:10"), 400, minute);
            Instant evening = CustomerDemoData.createdAt(beijing("2026-12-07T18:30"), 400, minute);
            Instant lateNight = CustomerDemoData.createdAt(beijing("2026-12-07T23:59"), 400, minute);

            assertThat(dayInBeijing(morning)).isEqualTo(LocalDate.of(2026, 12, 7).minusDays(400));
            assertThat(evening).isEqualTo(morning);
            assertThat(lateNight).isEqualTo(morning);
        }
    }

    @Test
    void theCreationIsAtTheDrawnMinuteOfThatDayAndBeforeTheLoad() {
        Instant now = beijing("2026-12-07T08:00");

        Instant created = CustomerDemoData.createdAt(now, 30, 23 * 60 + 59);

        assertThat(created).isEqualTo(beijing("2026-11-07T23:59"));
        assertThat(created).isBefore(now);
    }
}
