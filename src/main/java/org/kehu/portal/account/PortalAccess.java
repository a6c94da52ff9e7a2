package org.kehu.portal.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactSelfService;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.EmailAddress;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a contact comes to a portal account and back into it: staff invite a contact (a mailed link to set the
 * first password), the contact sets it; a forgotten password is reset through a mailed link. Links are one-time
 * and expire ({@link PortalTokens}).
 */
@Service
@Transactional
public class PortalAccess {

    /** An invitation that went out: the account it is for, and where the mail went. */
    public record InvitationSent(long accountId, long contactId, String email) {
    }

    /** What opening a mailed link shows: the form, or why it cannot be used. */
    public enum LinkState {
        VALID, USED, EXPIRED, UNKNOWN
    }

    private final JdbcClient jdbc;
    private final CustomerManagement customers;
    private final ContactSelfService self;
    private final UserDirectory users;
    private final PortalTokens tokens;
    private final PortalMail mail;
    private final PasswordEncoder encoder;
    private final Clock clock;

    PortalAccess(JdbcClient jdbc, CustomerManagement customers, ContactSelfService self, UserDirectory users,
            PortalTokens tokens, PortalMail mail, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.self = self;
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * Invites a contact to the portal, or invites again one who has not set a password yet. Allowed to staff with
     * {@code portal.account.manage} and to the owner (account manager) of the contact's customer; a contact outside
     * the caller's data scope is "not found". The login is the contact's e-mail address, which must be valid and
     * not another account's login.
     */
    @PreAuthorize("hasAuthority('customer.view')")
    public InvitationSent invite(long contactId) {
        ContactDetails contact = customers.contact(contactId);
        requireMayInvite(contact.customerId());
        if (!EmailAddress.isValid(contact.email())) {
            throw InvalidInputException.of("email", "portal.invite.no-email");
        }
        String email = contact.email().strip();
        Optional<Account> existing = account(contactId);
        long accountId;
        if (existing.isPresent()) {
            Account a = existing.get();
            if (a.status() != PortalAccountStatus.INVITED) {
                throw new RuleViolationException("portal.invite.has-account", "The contact has a portal account already");
            }
            accountId = a.id();
        } else {
            boolean taken = jdbc.sql("select count(*) from portal_account where lower(login) = lower(:l)").param("l", email)
                    .query(Long.class).single() > 0;
            if (taken) {
                throw InvalidInputException.of("email", "portal.invite.login-taken");
            }
            accountId = jdbc.sql("""
                    insert into portal_account(contact_id, customer_id, login, status, invited_by, created_at)
                    values (:contact, :customer, :login, 'INVITED', :by, :now) returning id""")
                    .param("contact", contactId).param("customer", contact.customerId()).param("login", email)
                    .param("by", users.requireCurrentUser().id()).param("now", Timestamp.from(clock.instant()))
                    .query(Long.class).single();
        }
        String token = tokens.issue(accountId, PortalTokens.Purpose.INVITATION);
        mail.send(email, "invitation", contact.name(), "/portal/invitation/" + token);
        return new InvitationSent(accountId, contactId, email);
    }

    /** Invites again the contact of an account still waiting for its first password. */
    @PreAuthorize("hasAuthority('customer.view')")
    public InvitationSent resend(long accountId) {
        Account a = account(accountId, true);
        return invite(a.contactId());
    }

    /** Disables an account (its user is signed out at the next request) or enables it again. */
    @PreAuthorize("hasAuthority('customer.view')")
    public void setEnabled(long accountId, boolean enabled) {
        Account a = account(accountId, true);
        requireMayInvite(a.customerId());
        if (enabled ? !a.status().canEnable() : !a.status().canDisable()) {
            throw new RuleViolationException("portal.accounts.not-now", "Not possible in the account's state");
        }
        // An enabled account goes back to waiting for its password when it never had one.
        jdbc.sql("""
                update portal_account set status = case when :enable then case when password_hash is null then 'INVITED'
                       else 'ACTIVE' end else 'DISABLED' end, failed_logins = 0, locked_until = null, version = version + 1
                 where id = :id""").param("enable", enabled).param("id", accountId).update();
    }

    /** Whether a mailed link of this kind ({@code invitation} or {@code reset}) can still be used. */
    public LinkState linkState(String token, boolean invitation) {
        return LinkState.valueOf(tokens.read(token, purpose(invitation)).state().name());
    }

    /**
     * Sets the password through a mailed link and makes the account active; the link is then used up. Answers the
     * login to sign in with. A used, expired or unknown link answers {@link InvalidInputException} on {@code token}.
     */
    public String setPassword(String token, boolean invitation, String password, String repeat) {
        PortalTokens.Link link = tokens.read(token, purpose(invitation));
        if (link.state() != PortalTokens.State.VALID) {
            throw InvalidInputException.of("token", "portal.link." + link.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        Account a = account(link.accountId(), false);
        if (a.status() == PortalAccountStatus.DISABLED) {
            throw InvalidInputException.of("token", "portal.link.disabled");
        }
        PortalPasswordRules.problem(password, repeat, a.login()).ifPresent(p -> {
            throw InvalidInputException.of(p[0], p[1]);
        });
        jdbc.sql("""
                update portal_account set password_hash = :hash, status = 'ACTIVE', failed_logins = 0, locked_until = null,
                       version = version + 1 where id = :id""")
                .param("hash", encoder.encode(password)).param("id", a.id()).update();
        tokens.markUsed(link.tokenId());
        return a.login();
    }

    /**
     * Mails a reset link to the active account whose login (or contact e-mail) this is. Says nothing either way, so
     * that the form does not tell a stranger which addresses have accounts.
     */
    public void requestReset(String loginOrEmail) {
        if (loginOrEmail == null || loginOrEmail.isBlank() || loginOrEmail.length() > 200) {
            return;
        }
        Optional<Account> found = jdbc.sql("""
                select id, contact_id, customer_id, login, status from portal_account
                 where lower(login) = lower(:l) and status = 'ACTIVE'""").param("l", loginOrEmail.strip())
                .query(PortalAccess::row).optional();
        found.ifPresent(a -> self.contact(a.contactId()).ifPresent(contact -> {
            String to = EmailAddress.isValid(a.login()) ? a.login() : contact.email();
            if (EmailAddress.isValid(to)) {
                mail.send(to.strip(), "reset", contact.name(), "/portal/password/reset/" + tokens.issue(a.id(), PortalTokens.Purpose.RESET));
            }
        }));
    }

    private void requireMayInvite(long customerId) {
        CurrentUser me = users.requireCurrentUser();
        Long owner = customers.summary(customerId).map(CustomerSummary::ownerId).orElse(null);
        if (!me.can(Permission.PORTAL_ACCOUNT_MANAGE) && !Objects.equals(owner, me.id())) {
            throw new AccessDeniedException("Only the customer's account manager or a portal account manager invites");
        }
    }

    record Account(long id, long contactId, long customerId, String login, PortalAccountStatus status) {
    }

    private Optional<Account> account(long contactId) {
        return jdbc.sql("select id, contact_id, customer_id, login, status from portal_account where contact_id = :c")
                .param("c", contactId).query(PortalAccess::row).optional();
    }

    /** The account; with {@code scoped}, "not found" unless its customer is within the staff user's data scope. */
    private Account account(long accountId, boolean scoped) {
        Account a = jdbc.sql("select id, contact_id, customer_id, login, status from portal_account where id = :id")
                .param("id", accountId).query(PortalAccess::row).optional()
                .orElseThrow(() -> new RecordNotFoundException("Portal account", accountId));
        if (scoped && customers.summary(a.customerId()).isEmpty()) {
            throw new RecordNotFoundException("Portal account", accountId);
        }
        return a;
    }

    private static Account row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Account(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                PortalAccountStatus.valueOf(rs.getString(5)));
    }

    private static PortalTokens.Purpose purpose(boolean invitation) {
        return invitation ? PortalTokens.Purpose.INVITATION : PortalTokens.Purpose.RESET;
    }
}
