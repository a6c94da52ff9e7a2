package org.kehu.marketing.care;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (06:30 Beijing time by default, {@code kehu.care.cron}), on one node of several: prepares the greetings
 * due in the next days for the owners to review, then sends the day's itself where {@code kehu.care.auto-send} says
 * so. Preparing is idempotent (one greeting per contact, occasion and day), so a second run changes nothing.
 */
@Component
@ConditionalOnProperty(name = "kehu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CareSchedule {

    private final CareGreetings greetings;

    CareSchedule(CareGreetings greetings) {
        this.greetings = greetings;
    }

    @Scheduled(cron = "${kehu.care.cron:0 30 6 * * *}", zone = "Asia/Shanghai")
    // Held at least ten minutes: a node whose clock runs a little behind does not run the day's job again.
    @SchedulerLock(name = "care.daily-greetings", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
    void run() {
        greetings.prepare(greetings.today());
        greetings.sendDue(greetings.today());
    }
}
