package org.kehu.support.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.kehu.shared.BusinessTime;
import org.kehu.support.TicketArchived;
import org.kehu.support.sla.ServiceLevels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Plans a follow-up call a few working days ({@code kehu.follow-up.after-working-days}, default 3, by the
 * service-level calendar) after a ticket is archived, assigned to whoever handled the ticket, who is told. A
 * ticket without a handler gets an unassigned visit and the service managers are told instead. A ticket
 * archived again after a reopen gets a new visit unless one is open.
 */
@Component
class FollowUpPlanner {

    private final FollowUpRepository repository;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Notifications notifications;
    private final Clock clock;
    private final ServiceLevels serviceLevels;
    private final int days;

    FollowUpPlanner(FollowUpRepository repository, JdbcClient jdbc, UserDirectory users, Notifications notifications,
            Clock clock, ServiceLevels serviceLevels, @Value("${kehu.follow-up.after-working-days:3}") int days) {
        this.serviceLevels = serviceLevels;
        this.repository = repository;
        this.jdbc = jdbc;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
        this.days = days;
    }

    @ApplicationModuleListener
    void on(TicketArchived event) {
        boolean open = jdbc.sql("select exists(select 1 from follow_up where ticket_id = :t and done_at is null)")
                .param("t", event.ticketId()).query(Boolean.class).single();
        if (open) {
            return;
        }
        LocalDate archived = (event.archivedAt() == null ? clock.instant() : event.archivedAt()).atZone(BusinessTime.ZONE).toLocalDate();
        String note = event.satisfaction() == null ? null : "★" + event.satisfaction();
        LocalDate planned = WorkingDays.after(archived, days, serviceLevels.workingTime()::isWorkingDay);
        FollowUp visit = repository.save(new FollowUp(event.customerId(), event.contactId(), event.ticketId(),
                event.ticketNumber(), planned, event.handlerId(), FollowUpMethod.PHONE, note, null, clock.instant()));
        if (event.handlerId() != null) {
            notifications.notify(event.handlerId(), "followup.notify.ticket-visit",
                    List.of(event.ticketNumber() == null ? "" : event.ticketNumber(), planned.toString()),
                    "/follow-ups/" + visit.getId());
            return;
        }
        // Nobody handled it: those who hand out the service work are told.
        notifications.notify(users.usersWith(Permission.TICKET_ASSIGN).stream().map(UserSummary::id).toList(),
                "followup.notify.unassigned", List.of(event.ticketNumber() == null ? "" : event.ticketNumber(), planned.toString()),
                "/follow-ups/" + visit.getId());
    }
}
