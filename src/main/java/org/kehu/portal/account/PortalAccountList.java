package org.kehu.portal.account;

import java.time.Instant;
import java.util.List;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's view of portal accounts, within the staff user's data scope (the owner of the account's
 * customer). Reads the contact's and customer's names beside the account, as the order list reads customer names.
 */
@Component
@Transactional(readOnly = true)
public class PortalAccountList {

    /** One account as the back office lists it. */
    public record Row(long id, long contactId, String contactName, long customerId, String customerName, String login,
            PortalAccountStatus status, Instant lastLoginAt, Instant createdAt, boolean locked) {
    }

    /** A contact of a customer with their portal account, if any (the customer page's card). */
    public record ContactRow(long contactId, String contactName, String email, Long accountId, PortalAccountStatus status,
            Instant lastLoginAt) {
    }

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final UserDirectory users;

    PortalAccountList(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Newest accounts first, keyset paged forward on (created_at, id); {@code status} null for all. */
    public KeysetPage<Row> page(PortalAccountStatus status, String after) {
        OwnerScope scope = users.ownerScope();
        Cursor.Position<Instant> from = Cursor.given(after) ? Cursor.parse(after, "after", Instant.class) : null;
        List<Row> rows = jdbc.sql("""
                select a.id, a.contact_id, ct.name as contact_name, a.customer_id, c.name as customer_name, a.login, a.status,
                       a.last_login_at, a.created_at, coalesce(a.locked_until > now(), false) as locked
                  from portal_account a join customer c on c.id = a.customer_id left join contact ct on ct.id = a.contact_id
                 where (:all or c.owner_id = any(:owners))
                   and (:status::text is null or a.status = :status)
                   and (:fromAt::timestamptz is null or (a.created_at, a.id) < (:fromAt, :fromId))
                 order by a.created_at desc, a.id desc limit :limit""")
                .param("all", scope.all()).param("owners", scope.ownerIdArray())
                .param("status", status == null ? null : status.name())
                .param("fromAt", from == null ? null : java.sql.Timestamp.from(from.value()))
                .param("fromId", from == null ? 0L : from.id()).param("limit", PAGE_SIZE + 1)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("contact_name"),
                        rs.getLong("customer_id"), rs.getString("customer_name"), rs.getString("login"),
                        PortalAccountStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("last_login_at")),
                        instant(rs.getTimestamp("created_at")), rs.getBoolean("locked")))
                .list();
        return KeysetPage.of(rows, PAGE_SIZE, false, from != null, true, r -> Cursor.of(r.createdAt(), r.id()));
    }

    /** The contacts of a customer with their accounts; the caller has checked the customer is within scope. */
    public List<ContactRow> contactsOf(long customerId) {
        return jdbc.sql("""
                select ct.id, ct.name, ct.email, a.id as account_id, a.status, a.last_login_at
                  from contact ct left join portal_account a on a.contact_id = ct.id
                 where ct.customer_id = :c order by ct.is_primary desc, ct.name, ct.id""")
                .param("c", customerId)
                .query((rs, n) -> new ContactRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5) == null ? null : PortalAccountStatus.valueOf(rs.getString(5)),
                        instant(rs.getTimestamp(6))))
                .list();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
