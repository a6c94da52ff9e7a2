package org.kehu.order.internal;

import java.util.List;
import java.util.Locale;

import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.TimelineEntry;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts a customer's orders on their timeline: when placed, by whom, number, total and present status. */
@Component
class OrderTimeline implements CustomerTimelineSource {

    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final MessageSource messages;

    OrderTimeline(JdbcClient jdbc, UserDirectory users, MessageSource messages) {
        this.jdbc = jdbc;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        CurrentUser user = users.currentUser().orElse(null);
        if (user == null || !user.can(Permission.ORDER_VIEW)) {
            return List.of();
        }
        OwnerScope scope = users.ownerScope(user);
        Locale locale = LocaleContextHolder.getLocale();
        return jdbc.sql("""
                select o.id, o.number, o.total, o.status, o.created_at, u.name from sales_order o
                  left join app_user u on u.id = o.created_by
                 where o.customer_id = :customer and (:all or o.owner_id = any(:scope))
                 order by o.order_date desc, o.id desc limit :limit""")
                .param("customer", customerId).param("all", scope.all()).param("scope", scope.ownerIdArray())
                .param("limit", LIMIT)
                .query((rs, n) -> TimelineEntry.of(rs.getTimestamp("created_at").toInstant(), TimelineEntry.Kind.ORDER,
                        rs.getString("name"),
                        messages.getMessage("order.timeline.summary", new Object[] {rs.getString("number"),
                                String.format("%,.2f", rs.getBigDecimal("total")),
                                messages.getMessage("order.status." + rs.getString("status"), null, locale)}, locale),
                        "/orders/" + rs.getLong("id")))
                .list();
    }
}
