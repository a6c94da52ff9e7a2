package org.kehu.churn.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.CustomerPurchases;
import org.kehu.analytics.LastPurchase;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily churn rule, in SQL over sets: warnings whose postponement ended come back, customers whose last sale
 * is older than the period are flagged (once: a customer has at most one open warning), their status moves to
 * CHURN_WARNING, and each owner gets one notification with the count. The sales read model answers the last
 * purchase days (one aggregate, streamed in chunks); each chunk is one insert here, never a statement per customer.
 */
@Component
public class ChurnScan {

    private static final Logger log = LoggerFactory.getLogger(ChurnScan.class);
    static final int CHUNK = 10_000;

    /** What a run did. */
    public record Result(int flagged, int returned, int cleared) {
    }

    private final JdbcClient jdbc;
    private final CustomerPurchases purchases;
    private final CustomerManagement customers;
    private final Notifications notifications;
    private final SettingsStore settings;
    private final Reactivation reactivation;
    private final EarlyWarningNotices earlyNotices;
    private final Clock clock;

    ChurnScan(JdbcClient jdbc, CustomerPurchases purchases, CustomerManagement customers, Notifications notifications,
            SettingsStore settings, Reactivation reactivation, EarlyWarningNotices earlyNotices, Clock clock) {
        this.earlyNotices = earlyNotices;
        this.jdbc = jdbc;
        this.purchases = purchases;
        this.customers = customers;
        this.notifications = notifications;
        this.settings = settings;
        this.reactivation = reactivation;
        this.clock = clock;
    }

    @Transactional
    public Result run() {
        // Micro-seconds, as the database keeps them: the notifications find this run's steps by their time.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minusMonths(settings.current().inactivityMonths());
        // Orders the listeners may have missed (an import, a failed listener) clear their warnings first.
        int cleared = reactivation.reconcileAll();
        List<Long> returned = jdbc.sql("""
                with back as (
                    update churn_warning set state = 'PENDING', updated_at = :now, version = version + 1
                     where state = 'POSTPONED' and postponed_until <= :today returning id, customer_id)
                insert into churn_action(warning_id, customer_id, action, at)
                select id, customer_id, 'RETURNED', :now from back returning customer_id""")
                .param("now", Timestamp.from(now)).param("today", today).query(Long.class).list();
        int[] flagged = {0};
        purchases.lastPurchasesBefore(cutoff, CHUNK, chunk -> flagged[0] += flag(chunk, today, now));
        notifyOwners(now);
        int toldEarly = earlyNotices.notifyOwners(now);
        log.info("Churn scan of {}: {} flagged (no sale since {}), {} back after postponement, {} cleared, {} owners told of"
                + " early warnings", today, flagged[0], cutoff, returned.size(), cleared, toldEarly);
        return new Result(flagged[0], returned.size(), cleared);
    }

    private int flag(List<LastPurchase> chunk, LocalDate today, Instant now) {
        Long[] ids = chunk.stream().map(LastPurchase::customerId).toArray(Long[]::new);
        String[] days = chunk.stream().map(s -> s.day().toString()).toArray(String[]::new);
        // Customers already lost (by hand or by an earlier confirmation) are not warned again.
        List<Long> fresh = jdbc.sql("""
                with candidate as (select * from unnest(cast(:ids as bigint[]), cast(:days as date[])) as t(customer_id, last_sale)),
                fresh as (
                    insert into churn_warning(customer_id, state, last_sale, flagged_on, updated_at)
                    select t.customer_id, 'PENDING', t.last_sale, :today, :now
                      from candidate t join customer c on c.id = t.customer_id
                     where c.status <> 'LOST'
                       and not exists (select 1 from churn_warning w where w.customer_id = t.customer_id and w.state <> 'CLEARED')
                    on conflict (customer_id) where state <> 'CLEARED' do nothing
                    returning id, customer_id)
                insert into churn_action(warning_id, customer_id, action, at)
                select id, customer_id, 'FLAGGED', :now from fresh returning customer_id""")
                .param("ids", ids).param("days", days).param("today", today).param("now", Timestamp.from(now))
                .query(Long.class).list();
        customers.changeStatus(fresh, EnumSet.of(CustomerStatus.ACTIVE), CustomerStatus.CHURN_WARNING);
        return fresh.size();
    }

    /** One notification per owner: how many of their customers are newly warned or back after a postponement. */
    private void notifyOwners(Instant now) {
        List<Map.Entry<Long, Long>> counts = new ArrayList<>(jdbc.sql("""
                select c.owner_id, count(*) from churn_action a join customer c on c.id = a.customer_id
                 where a.at = :now and a.action in ('FLAGGED', 'RETURNED') and c.owner_id is not null
                 group by c.owner_id order by c.owner_id""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list());
        for (Map.Entry<Long, Long> owner : counts) {
            notifications.notify(owner.getKey(), "churn.notify.flagged", List.of(String.valueOf(owner.getValue())),
                    "/churn/warnings");
        }
    }
}
