package org.kehu.churn.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kehu.analytics.CustomerPurchases;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer who buys again leaves the warning by itself: when the last sale is newer than the one the warning
 * was raised on and within the period, the warning is cleared (a lost customer's too: REACTIVATED in the history)
 * and the customer is ACTIVE again. A sale that is newer but still older than the period only moves the
 * warning's last sale.
 */
@Component
public class Reactivation {

    private final JdbcClient jdbc;
    private final CustomerPurchases purchases;
    private final CustomerManagement customers;
    private final SettingsStore settings;
    private final Clock clock;

    Reactivation(JdbcClient jdbc, CustomerPurchases purchases, CustomerManagement customers, SettingsStore settings, Clock clock) {
        this.jdbc = jdbc;
        this.purchases = purchases;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    private record Open(long id, long customerId, LocalDate lastSale, String state) {
    }

    /** Re-checks the open warnings of these customers against their orders; answers how many were cleared. */
    @Transactional
    public int reconcile(Collection<Long> customerIds) {
        Long[] ids = customerIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (ids.length == 0) {
            return 0;
        }
        List<Open> open = jdbc.sql("""
                select id, customer_id, last_sale, state from churn_warning
                 where customer_id = any(:ids) and state <> 'CLEARED'""").param("ids", ids)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
        return clear(open);
    }

    /** Re-checks every open warning, a chunk at a time (after an import of order history, and daily). */
    @Transactional
    public int reconcileAll() {
        int cleared = 0;
        long after = 0;
        while (true) {
            List<Open> open = jdbc.sql("""
                    select id, customer_id, last_sale, state from churn_warning
                     where state <> 'CLEARED' and id > :after order by id limit :limit""")
                    .param("after", after).param("limit", ChurnScan.CHUNK)
                    .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                    .list();
            if (open.isEmpty()) {
                return cleared;
            }
            after = open.get(open.size() - 1).id();
            cleared += clear(open);
        }
    }

    private int clear(List<Open> open) {
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, LocalDate> lastSales = purchases.lastPurchases(open.stream().map(Open::customerId).toList());
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minusMonths(settings.current().inactivityMonths());
        List<Long> cleared = new ArrayList<>();
        List<Long> reactivated = new ArrayList<>();
        List<Long> moved = new ArrayList<>();
        List<String> movedDays = new ArrayList<>();
        for (Open w : open) {
            LocalDate last = lastSales.get(w.customerId());
            if (last == null || !last.isAfter(w.lastSale())) {
                continue;
            }
            if (!last.isBefore(cutoff)) {
                (w.state().equals("CONFIRMED") ? reactivated : cleared).add(w.id());
            } else {
                moved.add(w.id());
                movedDays.add(last.toString());
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!moved.isEmpty()) {
            jdbc.sql("""
                    update churn_warning w set last_sale = cast(t.day as date), updated_at = :now
                      from unnest(cast(:ids as bigint[]), cast(:days as text[])) as t(id, day) where w.id = t.id""")
                    .param("ids", moved.toArray(Long[]::new)).param("days", movedDays.toArray(String[]::new))
                    .param("now", Timestamp.from(now)).update();
        }
        List<Long> active = new ArrayList<>(close(cleared, "CLEARED", today, now));
        active.addAll(close(reactivated, "REACTIVATED", today, now));
        customers.changeStatus(active, EnumSet.of(CustomerStatus.CHURN_WARNING, CustomerStatus.LOST), CustomerStatus.ACTIVE);
        return active.size();
    }

    private List<Long> close(List<Long> warningIds, String action, LocalDate today, Instant now) {
        if (warningIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with closed as (
                    update churn_warning set state = 'CLEARED', postponed_until = null, closed_on = :today,
                           updated_at = :now, version = version + 1
                     where id = any(:ids) and state <> 'CLEARED' returning id, customer_id)
                insert into churn_action(warning_id, customer_id, action, at)
                select id, customer_id, :action, :now from closed returning customer_id""")
                .param("today", today).param("now", Timestamp.from(now)).param("ids", warningIds.toArray(Long[]::new))
                .param("action", action).query(Long.class).list();
    }
}
