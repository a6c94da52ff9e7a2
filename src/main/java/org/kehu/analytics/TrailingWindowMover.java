package org.kehu.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Moves the twelve months of {@link TrailingTotals} on to end today: just after midnight (company time), on one
 * node, and at start (after a stop over midnight). Until it has, the reports read the days.
 */
@Component
class TrailingWindowMover {

    private static final Logger log = LoggerFactory.getLogger(TrailingWindowMover.class);

    private final TrailingTotals totals;

    TrailingWindowMover(TrailingTotals totals) {
        this.totals = totals;
    }

    @Scheduled(cron = "${kehu.analytics.trailing-cron:5 0 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "analytics-trailing-window", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    void nightly() {
        move();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        move();
    }

    private void move() {
        try {
            if (totals.moveTo(TrailingTotals.today())) {
                log.info("Customer totals of the last twelve months moved on to end {}", TrailingTotals.today());
            }
        } catch (RuntimeException e) {
            log.error("Customer totals of the last twelve months not moved on; the reports read the days", e);
        }
    }
}
