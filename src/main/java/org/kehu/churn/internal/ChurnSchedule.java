package org.kehu.churn.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the churn scan once a night (01:15 in Beijing, the business time zone, by default, {@code kehu.churn.cron}), on one node of several.
 * Present only when the schedule is on: tests run the scan themselves with their clock.
 */
@Component
@ConditionalOnProperty(name = "kehu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ChurnSchedule {

    private final ChurnScan scan;

    ChurnSchedule(ChurnScan scan) {
        this.scan = scan;
    }

    @Scheduled(cron = "${kehu.churn.cron:0 15 1 * * *}", zone = "Asia/Shanghai")
    // Held at least ten minutes: a node whose clock runs a little behind does not run the night's scan again.
    @SchedulerLock(name = "churn.daily-scan", lockAtMostFor = "PT1H", lockAtLeastFor = "PT10M")
    void run() {
        scan.run();
    }
}
