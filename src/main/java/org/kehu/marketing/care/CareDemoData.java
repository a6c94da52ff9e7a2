package org.kehu.marketing.care;

import java.time.LocalDate;

import org.kehu.shared.DemoData;
import org.springframework.stereotype.Component;

/**
 * The greetings due this week, prepared as the daily job would have prepared them over the week, so that the care
 * page has birthdays (the demo contacts' birthdays fall all over the year), anniversaries and any festival of the
 * week to review. Nothing is sent: sending is the owner's step.
 */
@Component
class CareDemoData implements DemoData {

    private static final int DAYS = 7;

    private final CareGreetings greetings;

    CareDemoData(CareGreetings greetings) {
        this.greetings = greetings;
    }

    @Override
    public Step step() {
        return Step.CARE;
    }

    @Override
    public void load() {
        LocalDate today = greetings.today();
        for (int d = 0; d < DAYS; d++) {
            greetings.prepareOn(today.plusDays(d));
        }
    }
}
