package org.kehu.churn.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kehu.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily scan's word to owners about the early warning: an owner whose list (P(alive) below the threshold, not
 * yet flagged) holds more customers than when he was last told gets one notification with the count. One
 * aggregate over the P(alive) index; a list that stayed or shrank says nothing, so nobody is told the same daily.
 */
@Component
class EarlyWarningNotices {

    private final EarlyWarningStore store;
    private final SettingsStore settings;
    private final Notifications notifications;
    private final JdbcClient jdbc;

    EarlyWarningNotices(EarlyWarningStore store, SettingsStore settings, Notifications notifications, JdbcClient jdbc) {
        this.store = store;
        this.settings = settings;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /** Tells the owners whose list grew; answers how many were told. */
    int notifyOwners(Instant now) {
        Map<Long, Long> counts = store.countsByOwner(settings.current().pAliveThreshold());
        Long[] owners = counts.keySet().toArray(Long[]::new);
        Long[] customers = counts.values().toArray(Long[]::new);
        // Owners whose list emptied start from nothing again.
        jdbc.sql("delete from churn_early_notice where not (owner_id = any(:owners))").param("owners", owners).update();
        List<Map.Entry<Long, Long>> grown = jdbc.sql("""
                with now_listed as (select * from unnest(cast(:owners as bigint[]), cast(:customers as bigint[])) as t(owner_id, customers)),
                grown as (
                    insert into churn_early_notice(owner_id, customers, noticed_at)
                    select t.owner_id, t.customers, :now from now_listed t join app_user u on u.id = t.owner_id
                    on conflict (owner_id) do update set customers = excluded.customers, noticed_at = excluded.noticed_at
                     where churn_early_notice.customers < excluded.customers
                    returning owner_id, customers)
                select owner_id, customers from grown order by owner_id""")
                .param("owners", owners).param("customers", customers).param("now", Timestamp.from(now))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list();
        // A shrunken list is remembered too, so that growing back is news again.
        jdbc.sql("""
                update churn_early_notice n set customers = t.customers
                  from unnest(cast(:owners as bigint[]), cast(:customers as bigint[])) as t(owner_id, customers)
                 where n.owner_id = t.owner_id and n.customers > t.customers""")
                .param("owners", owners).param("customers", customers).update();
        for (Map.Entry<Long, Long> owner : grown) {
            notifications.notify(owner.getKey(), "churn.notify.early", List.of(String.valueOf(owner.getValue())),
                    "/churn/early-warnings");
        }
        return grown.size();
    }
}
