package org.kehu.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Scores every customer's RFM segment again each night, on one node (ShedLock), after the day's orders. */
@Component
class CustomerRfmNightly {

    private static final Logger log = LoggerFactory.getLogger(CustomerRfmNightly.class);

    private final CustomerRfmSegments segments;

    CustomerRfmNightly(CustomerRfmSegments segments) {
        this.segments = segments;
    }

    @Scheduled(cron = "${kehu.rfm.refresh-cron:0 10 2 * * *}")
    @SchedulerLock(name = "rfm-refresh", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void refresh() {
        try {
            log.info("RFM segments refreshed: {} customers", segments.refresh());
        } catch (RuntimeException e) {
            log.error("RFM segment refresh failed", e);
        }
    }
}
