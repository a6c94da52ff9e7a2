package org.kehu.portal.guestbook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The guestbook's table: reads of posts with their moderator's name, and the writes both sides share. */
@Component
class PostStore {

    static final String SELECT = """
            select p.id, p.thread_id, p.customer_id, p.contact_id, p.staff_user_id is not null as staff, p.author_name,
                   p.body, p.status, p.hidden_reason, u.name as moderated_by, p.moderated_at, p.ticket_id, p.created_at,
                   p.edited_at, p.version
              from portal_guestbook_post p left join app_user u on u.id = p.moderated_by""";

    private final JdbcClient jdbc;

    PostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    Optional<GuestbookPost> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(GuestbookPost.class).optional();
    }

    /** The account that wrote a post; empty for staff posts and unknown ids. */
    Optional<Long> accountOf(long id) {
        return jdbc.sql("select account_id from portal_guestbook_post where id = ? and account_id is not null").param(id)
                .query(Long.class).optional();
    }

    /** The replies of these threads, oldest first, in the statuses given. */
    List<GuestbookPost> replies(Collection<Long> threadIds, List<String> statuses, Long viewerAccount) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "\n" + """
                 where p.thread_id = any(:threads)
                   and (p.status = any(:statuses) or (p.status = 'HIDDEN' and p.account_id = :viewer))
                 order by p.thread_id, p.id""")
                .param("threads", threadIds.toArray(Long[]::new)).param("statuses", statuses.toArray(String[]::new))
                .param("viewer", viewerAccount == null ? -1L : viewerAccount)
                .query(GuestbookPost.class).list();
    }

    long insertByCustomer(Long threadId, long accountId, long customerId, long contactId, String authorName, String body,
            Instant now) {
        return jdbc.sql("""
                insert into portal_guestbook_post(thread_id, account_id, customer_id, contact_id, author_name, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(threadId, accountId, customerId, contactId, authorName, body, Timestamp.from(now))
                .query(Long.class).single();
    }

    long insertByStaff(long threadId, long userId, String authorName, String body, Instant now) {
        return jdbc.sql("""
                insert into portal_guestbook_post(thread_id, staff_user_id, author_name, body, created_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(threadId, userId, authorName, body, Timestamp.from(now)).query(Long.class).single();
    }

    /** Sets a post's status (and reason and moderator) when its version is still {@code version}; false otherwise. */
    boolean moveTo(long id, long version, PostStatus status, String reason, Long moderator, Instant now) {
        return jdbc.sql("""
                update portal_guestbook_post set status = ?, hidden_reason = ?, moderated_by = coalesce(cast(? as bigint), moderated_by),
                       moderated_at = case when cast(? as bigint) is null then moderated_at else ? end, version = version + 1
                 where id = ? and version = ?""")
                .params(status.name(), reason, moderator, moderator, Timestamp.from(now), id, version).update() == 1;
    }
}
