package org.kehu.sales.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.kehu.portal.PortalRegistrationReceived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A company unknown to the CRM that registers on the customer portal becomes a new, unassigned opportunity (source:
 * portal registration) for the sales directors to assign; they are told. It is held by the first of them until
 * assigned, since an opportunity always has an owner.
 */
@Component
class PortalRegistrationLeads {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Notifications notifications;
    private final Clock clock;

    PortalRegistrationLeads(JdbcClient jdbc, UserDirectory users, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void registered(PortalRegistrationReceived event) {
        List<Long> directors = users.usersWith(Permission.OPPORTUNITY_ASSIGN).stream().map(UserSummary::id).toList();
        if (directors.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long holder = directors.get(0);
        String summary = cut(event.companyName(), 300);
        long id = jdbc.sql("""
                insert into opportunity(source_code, prospect_name, probability, probability_manual, summary, contact_name,
                                        contact_phone, description, stage_code, status, created_by, created_at, owner_id, updated_at)
                values ('PORTAL_REGISTRATION', :prospect, 10, false, :summary, :contact, :phone, :description, 'INITIAL', 'NEW',
                        :holder, :now, :holder, :now) returning id""")
                .param("prospect", cut(event.companyName(), 200)).param("summary", summary)
                .param("contact", cut(event.contactName(), 100)).param("phone", cut(event.phone(), 32))
                .param("description", description(event)).param("holder", holder).param("now", Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("""
                insert into opportunity_history(opportunity_id, changed_by, changed_at, action, from_value, to_value, note)
                values (:id, :by, :at, 'CREATED', null, 'NEW', 'INITIAL')""")
                .param("id", id).param("by", holder).param("at", Timestamp.from(now)).update();
        notifications.notify(directors, "sales.portal-registration.notice", List.of(cut(event.companyName(), 200)),
                "/opportunities/" + id);
    }

    private static String description(PortalRegistrationReceived e) {
        StringBuilder text = new StringBuilder();
        text.append("E-mail: ").append(e.email());
        if (e.creditCode() != null) {
            text.append("\n统一社会信用代码: ").append(e.creditCode());
        }
        if (e.message() != null) {
            text.append("\n\n").append(e.message());
        }
        return text.toString();
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
