package org.kehu.support.ticket;

import java.util.List;

import org.kehu.customer.CustomerDeleted;
import org.kehu.customer.CustomerPageSection;
import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.CustomersMerged;
import org.kehu.customer.TimelineEntry;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets seen from the customer module: on the customer's timeline, as a card on the customer page, moved
 * along when customers are merged, and a reason to refuse deleting a customer.
 */
@Component
class TicketCustomerLinks implements CustomerTimelineSource, CustomerPageSection {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Dictionary dictionary;
    private final MessageSource messages;

    TicketCustomerLinks(JdbcClient jdbc, UserDirectory users, Dictionary dictionary, MessageSource messages) {
        this.jdbc = jdbc;
        this.users = users;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        if (users.currentUser().filter(u -> u.can(Permission.TICKET_VIEW)).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select t.id, t.number, t.type_code, t.subject, t.status, t.created_at, u.name
                  from ticket t left join app_user u on u.id = t.created_by
                 where t.customer_id = :c order by t.created_at desc limit 200""").param("c", customerId)
                .query((rs, n) -> TimelineEntry.of(rs.getTimestamp("created_at").toInstant(), TimelineEntry.Kind.TICKET,
                        rs.getString("name"), rs.getString("number") + " · "
                                + dictionary.label(DictionaryType.TICKET_TYPE, rs.getString("type_code")) + " · "
                                + rs.getString("subject") + " (" + messages.getMessage("support.status." + rs.getString("status"),
                                        null, rs.getString("status"), LocaleContextHolder.getLocale()) + ")",
                        "/tickets/" + rs.getLong("id")))
                .list();
    }

    @Override
    public String titleKey() {
        return "support.section.tickets";
    }

    @Override
    public String url(long customerId) {
        return "/tickets/customer/" + customerId;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.TICKET_VIEW);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String id() {
        return "customer-tickets";
    }

    @EventListener
    void merged(CustomersMerged event) {
        jdbc.sql("update ticket set customer_id = :target where customer_id = :source")
                .param("target", event.targetId()).param("source", event.sourceId()).update();
    }

    @EventListener
    void deleting(CustomerDeleted event) {
        long n = jdbc.sql("select count(*) from ticket where customer_id = :c").param("c", event.customerId())
                .query(Long.class).single();
        if (n > 0) {
            throw new RuleViolationException("support.error.customer-has-tickets", "The customer has service tickets", n);
        }
    }
}
