package org.kehu.analytics.value;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Refits the lifetime value models on the purchases up to today and rescores every customer, each night, on
 * one node (ShedLock). A night whose data cannot be fitted keeps the previous model.
 */
@Component
class ClvNightly {

    private static final Logger log = LoggerFactory.getLogger(ClvNightly.class);

    private final ClvFitting fitting;

    ClvNightly(ClvFitting fitting) {
        this.fitting = fitting;
    }

    @Scheduled(cron = "${kehu.clv.refit-cron:0 30 2 * * *}")
    @SchedulerLock(name = "clv-refit", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void refit() {
        try {
            fitting.fitAndScore(fitting.today(), null);
        } catch (TooFewDataException e) {
            log.warn("Nightly CLV refit skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Nightly CLV refit failed", e);
        }
    }
}
