package org.kehu.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Nightly, on one node: customers whose province or nature was changed without the application (bulk SQL, a
 * restore) have their sales moved to the new bucket of {@code analytics_sales_month_attr}, set-based. Changes saved
 * through the application are followed at once ({@code CustomerUpdated}); this catches the rest.
 */
@Component
class CustomerAttributeReconciliation {

    private static final Logger log = LoggerFactory.getLogger(CustomerAttributeReconciliation.class);

    private final CustomerAttributeRollup rollup;

    CustomerAttributeReconciliation(CustomerAttributeRollup rollup) {
        this.rollup = rollup;
    }

    @Scheduled(cron = "${kehu.analytics.attribute-reconciliation-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "analytics-customer-attributes", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    void nightly() {
        int moved = rollup.reconcileAll();
        if (moved > 0) {
            log.info("Sales of {} customers moved to their new province or nature in the monthly rollup", moved);
        }
    }
}
