package org.kehu.support.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every minute: marks the tickets whose response or resolution due time has passed unmet, once, and tells the
 * service managers (users with ticket.approve) about each.
 */
@Component
public class BreachWatch {

    /** Archived tickets keep whatever they met or missed; nothing more is marked on them. */
    private static final String ARCHIVED = org.kehu.support.TicketStatus.ARCHIVED.name();


    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Notifications notifications;
    private final Clock clock;

    BreachWatch(JdbcClient jdbc, UserDirectory users, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    record Breach(long id, String number, String subject, String kind) {
    }

    /**
     * The schedule's entry: ShedLock can only lock methods that answer nothing. Each node runs it every interval;
     * the lock held for at least half a minute makes the other nodes' runs in that time skip it, so that the check
     * runs about once a minute however many nodes there are. The first run waits for the node to be up.
     */
    @Scheduled(fixedDelayString = "${kehu.sla.check-interval:PT1M}", initialDelayString = "${kehu.sla.initial-delay:PT20S}")
    @SchedulerLock(name = "support.sla.breaches", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    @Transactional
    public void watch() {
        markBreaches();
    }

    /** Marks new breaches and answers how many there were. */
    @Transactional
    public int markBreaches() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Breach> breaches = new java.util.ArrayList<>(jdbc.sql("""
                update ticket set response_breached = true
                 where not response_breached and responded_at is null and response_due < :now and status <> :archived
                returning id, number, subject, 'response' as kind""").param("now", now).param("archived", ARCHIVED)
                .query(Breach.class).list());
        breaches.addAll(jdbc.sql("""
                update ticket set resolution_breached = true
                 where not resolution_breached and resolved_at is null and resolution_due < :now and status <> :archived
                returning id, number, subject, 'resolution' as kind""").param("now", now).param("archived", ARCHIVED)
                .query(Breach.class).list());
        if (!breaches.isEmpty()) {
            List<Long> managers = users.usersWith(Permission.TICKET_APPROVE).stream().map(UserSummary::id).toList();
            for (Breach b : breaches) {
                notifications.notify(managers, "support.notify.breached." + b.kind(), List.of(b.number(), b.subject()),
                        "/tickets/" + b.id());
            }
        }
        return breaches.size();
    }
}
