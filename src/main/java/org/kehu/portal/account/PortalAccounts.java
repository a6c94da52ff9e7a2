package org.kehu.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactSelfService;
import org.kehu.portal.PortalUser;
import org.kehu.portal.internal.PortalPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads portal principals by login for the portal's sign-in (never staff accounts), and keeps the lockout as staff
 * sign-in does: five failed attempts in a row lock the account for fifteen minutes.
 */
@Component
public class PortalAccounts {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final ContactSelfService contacts;

    PortalAccounts(JdbcClient jdbc, ContactSelfService contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    /**
     * The principal of a login, for the portal chain's authentication provider. Deliberately not a
     * {@code UserDetailsService} bean: the staff side looks that type up and must find the staff accounts alone.
     */
    @Transactional(readOnly = true)
    public UserDetails loadByLogin(String login) {
        record Row(long id, long contactId, long customerId, String login, String passwordHash, String status,
                OffsetDateTime lockedUntil, String displayName) {
        }
        if (login == null || login.isBlank() || login.length() > 200) {
            throw new UsernameNotFoundException("no login");
        }
        // The display name is the contact's name as the customer module keeps it; the login when it is gone.
        Row row = jdbc.sql("""
                select a.id, a.contact_id, a.customer_id, a.login, a.password_hash, a.status, a.locked_until, a.login
                  from portal_account a where lower(a.login) = lower(:login)""")
                .param("login", login.strip())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)))
                .optional().orElseThrow(() -> new UsernameNotFoundException(login));
        boolean nonLocked = row.lockedUntil() == null || row.lockedUntil().toInstant().isBefore(Instant.now());
        String name = contacts.contact(row.contactId()).map(ContactDetails::name).orElse(row.displayName());
        var user = new PortalUser(row.id(), row.contactId(), row.customerId(), name);
        return new PortalPrincipal(user, row.login(), row.passwordHash(),
                PortalAccountStatus.valueOf(row.status()) == PortalAccountStatus.ACTIVE && row.passwordHash() != null, nonLocked);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account. */
    @Transactional
    public void loginFailed(String login) {
        if (login == null || login.length() > 200) {
            return;
        }
        jdbc.sql("""
                update portal_account set failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                       locked_until = case when failed_logins + 1 >= :max then now() + make_interval(mins => :mins) else locked_until end
                 where lower(login) = lower(:login)""")
                .param("max", MAX_FAILED_LOGINS).param("mins", (int) LOCK_DURATION.toMinutes())
                .param("login", login.strip()).update();
    }

    /** A successful sign-in: the failure count starts again, and staff see when the customer last came. */
    @Transactional
    public void loginSucceeded(long accountId) {
        jdbc.sql("update portal_account set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", accountId).update();
    }

    /** Whether the account may still be used: staff may have disabled it since its user signed in. */
    @Transactional(readOnly = true)
    public boolean isActive(long accountId) {
        return jdbc.sql("select status from portal_account where id = :id").param("id", accountId).query(String.class)
                .optional().map(PortalAccountStatus.ACTIVE.name()::equals).orElse(false);
    }

    /** The account of a contact, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Long> accountOfContact(long contactId) {
        return jdbc.sql("select id from portal_account where contact_id = :c").param("c", contactId).query(Long.class).optional();
    }
}
