package org.kehu.analytics.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.kehu.analytics.SalesHistoryRebuilt;
import org.kehu.identity.OwnerScope;
import org.kehu.shared.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Fits the company's forecast before anyone asks: at start (in the background, on every node), just after midnight (on
 * one node), when a month has closed and the series has a new last month, and after the sales read model was rebuilt
 * over past months (an order history import). The fit is remembered by
 * {@link ForecastComputation} under the series' own values, so what is served is never stale: when a past month's
 * revenue changes, the series differs and the next request fits it afresh. What this saves is the first request's
 * wait: a fit in a JVM that has not yet compiled the estimator took seconds (5.1 s in the reports bench), the same fit
 * once compiled a fraction of that.
 */
@Component
class ForecastWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ForecastWarmUp.class);

    private final SalesForecasts forecasts;
    /** Off in tests, which fit when they ask. */
    private final boolean enabled;

    ForecastWarmUp(SalesForecasts forecasts, @Value("${kehu.analytics.forecast-warm-up:true}") boolean enabled) {
        this.forecasts = forecasts;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${kehu.analytics.forecast-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "analytics-forecast-warm-up", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void nightly() {
        warm();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (enabled) {
            inBackground();
        }
    }

    /** A rebuild that reached a past month changed the series: fit the new one before anyone asks. */
    @TransactionalEventListener(fallbackExecution = true)
    void afterRebuild(SalesHistoryRebuilt rebuilt) {
        if (enabled && rebuilt.from().isBefore(YearMonth.from(LocalDate.now(BusinessTime.ZONE)).atDay(1))) {
            inBackground();
        }
    }

    private void inBackground() {
        Thread thread = new Thread(this::warm, "forecast-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Fits the company's series (everyone's sales, the default horizon) as a request for it would; true if there was one. */
    boolean warm() {
        try {
            long start = System.nanoTime();
            YearMonth current = YearMonth.from(LocalDate.now(BusinessTime.ZONE));
            Map<YearMonth, BigDecimal> series = forecasts.monthlySales(OwnerScope.everything(), null, null, current);
            if (series.isEmpty()) {
                return false;
            }
            ForecastComputation.compute(series.values().stream().mapToDouble(BigDecimal::doubleValue).toArray(),
                    SalesForecasts.DEFAULT_HORIZON);
            log.info("Company sales forecast fitted in advance ({} months, {} ms)", series.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            log.warn("Company sales forecast not fitted in advance; the first request fits it", e);
            return false;
        }
    }
}
