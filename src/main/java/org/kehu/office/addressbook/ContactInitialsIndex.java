package org.kehu.office.addressbook;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.kehu.shared.PinyinInitials;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code office_contact_initials} (the pinyin initials of contacts' names) up to date before a search reads it.
 * It reads the contacts changed since the newest one it has seen, less a margin for transactions that committed
 * late, and computes what is missing or whose name changed; a search joins on the name as well, so a row not yet
 * refreshed is never matched by a stale name. The first refresh on a large database computes every contact once.
 */
@Component
class ContactInitialsIndex {

    /** How far back each refresh looks before the newest change seen: longer than any write transaction. */
    static final Duration MARGIN = Duration.ofMinutes(10);
    private static final int BATCH = 5_000;

    private record Changed(long id, String name, Timestamp updatedAt) {
    }

    private final JdbcClient jdbc;

    ContactInitialsIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void refresh() {
        // the epoch when nothing was seen yet: every contact is then computed once
        Timestamp newest = jdbc.sql("select coalesce(max(source_updated), timestamptz 'epoch') from office_contact_initials")
                .query(Timestamp.class).single();
        Timestamp since = Timestamp.from(newest.toInstant().minus(MARGIN));
        long afterId = 0;
        while (true) {
            List<Changed> changed = jdbc.sql("""
                    select c.id, c.name, c.updated_at from contact c
                      left join office_contact_initials i on i.contact_id = c.id
                     where c.updated_at >= :since
                       and (i.contact_id is null or i.name <> c.name)
                       and c.id > :after
                     order by c.id limit :batch""")
                    .param("since", since).param("after", afterId).param("batch", BATCH).query(Changed.class).list();
            for (Changed c : changed) {
                jdbc.sql("""
                        insert into office_contact_initials(contact_id, name, initials, source_updated)
                        values (:id, :name, :initials, :updated)
                        on conflict (contact_id) do update
                           set name = excluded.name, initials = excluded.initials, source_updated = excluded.source_updated""")
                        .param("id", c.id()).param("name", c.name()).param("initials", PinyinInitials.initialsOfName(c.name()))
                        .param("updated", c.updatedAt()).update();
            }
            if (changed.size() < BATCH) {
                return;
            }
            afterId = changed.get(changed.size() - 1).id();
        }
    }
}
