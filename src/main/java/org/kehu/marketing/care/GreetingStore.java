package org.kehu.marketing.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.OwnerScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The prepared greetings ({@code care_greeting}). Scope is the customer's current owner, so that a customer handed
 * to another owner takes its greetings along; a greeting whose contact was deleted is no longer listed.
 */
@Repository
class GreetingStore {

    private static final String SELECT = """
            select g.id, g.occasion, g.occasion_date, g.years, g.contact_id, ct.name as contact_name, ct.email,
                   g.customer_id, c.name as customer_name, c.owner_id, g.subject, g.body, g.status, g.skip_reason,
                   g.sent_at, g.version, ct.opted_out_at
              from care_greeting g
              join customer c on c.id = g.customer_id
              join contact ct on ct.id = g.contact_id
            """;

    private final JdbcClient jdbc;

    GreetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the greeting unless one for the same contact, occasion and day exists; answers whether it was new. */
    boolean add(DueGreeting g, String subject, String body) {
        return jdbc.sql("""
                insert into care_greeting(occasion, occasion_date, years, contact_id, customer_id, owner_id, subject, body)
                values (:occasion, :date, :years, :contact, :customer, :owner, :subject, :body)
                on conflict on constraint care_greeting_once do nothing""")
                .param("occasion", g.occasion().name()).param("date", g.date()).param("years", g.years())
                .param("contact", g.contactId()).param("customer", g.customerId()).param("owner", g.ownerId())
                .param("subject", subject).param("body", body)
                .update() == 1;
    }

    /** The greetings of the days from {@code from} to {@code to}, in scope, by day. */
    List<GreetingRow> between(LocalDate from, LocalDate to, OwnerScope scope) {
        return jdbc.sql(SELECT + """
                 where g.occasion_date between :from and :to and (:all or c.owner_id = any(:owners))
                 order by g.occasion_date, g.status, c.name, ct.name, g.id""")
                .params(Map.of("from", from, "to", to, "all", scope.all(), "owners", scope.ownerIdArray()))
                .query(GreetingStore::row).list();
    }

    Optional<GreetingRow> find(long id, OwnerScope scope) {
        return jdbc.sql(SELECT + " where g.id = :id and (:all or c.owner_id = any(:owners))")
                .params(Map.of("id", id, "all", scope.all(), "owners", scope.ownerIdArray()))
                .query(GreetingStore::row).optional();
    }

    /** Whether the contact has opted out of marketing by now (the greeting was prepared before). */
    boolean optedOut(long contactId) {
        return jdbc.sql("select opted_out_at is not null from contact where id = :id").param("id", contactId)
                .query(Boolean.class).optional().orElse(true);
    }

    boolean edit(long id, String subject, String body, long version) {
        return jdbc.sql("""
                update care_greeting set subject = :subject, body = :body, version = version + 1
                 where id = :id and version = :version and status = 'PREPARED'""")
                .param("subject", subject).param("body", body).param("id", id).param("version", version).update() == 1;
    }

    boolean markSent(long id, long mailId, Long actorId, Instant at) {
        return jdbc.sql("""
                update care_greeting set status = 'SENT', mail_id = :mail, sent_by = :actor, sent_at = :at, version = version + 1
                 where id = :id and status = 'PREPARED'""")
                .param("mail", mailId).param("actor", actorId).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    void markSkipped(long id, String reason) {
        jdbc.sql("update care_greeting set status = 'SKIPPED', skip_reason = :reason, version = version + 1 where id = :id and status = 'PREPARED'")
                .param("reason", reason).param("id", id).update();
    }

    /** Prepared greetings of a day, for the job that sends them itself. */
    List<Long> preparedOn(LocalDate date) {
        return jdbc.sql("select id from care_greeting where occasion_date = :date and status = 'PREPARED' order by id")
                .param("date", date).query(Long.class).list();
    }

    /** The greetings sent to a customer's contacts, newest first, for its timeline. */
    List<GreetingRow> sentTo(long customerId, int limit) {
        return jdbc.sql(SELECT + " where g.customer_id = :customer and g.status = 'SENT' order by g.sent_at desc, g.id desc limit :limit")
                .param("customer", customerId).param("limit", limit).query(GreetingStore::row).list();
    }

    private static GreetingRow row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new GreetingRow(rs.getLong("id"), Occasion.valueOf(rs.getString("occasion")),
                rs.getObject("occasion_date", LocalDate.class), rs.getObject("years", Integer.class), rs.getLong("contact_id"),
                rs.getString("contact_name"), rs.getString("email"), rs.getLong("customer_id"), rs.getString("customer_name"),
                rs.getObject("owner_id", Long.class), null, rs.getString("subject"), rs.getString("body"),
                GreetingStatus.valueOf(rs.getString("status")), rs.getString("skip_reason"),
                sent == null ? null : sent.toInstant(), rs.getLong("version"));
    }
}
