package org.kehu.portal.account;

import java.sql.Timestamp;
import java.time.Clock;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactSelfService;
import org.kehu.portal.PortalRegistrationReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration on the portal. A contact of a known company (its exact name or its unified social credit code, and
 * the contact's e-mail among the company's contacts) gets an account once they confirm the e-mail address: the
 * confirmation is the invitation link, through which they set their password. Anyone else is a lead: published as
 * {@link PortalRegistrationReceived} for sales. The visitor is told the same either way, so that the form does not
 * reveal which companies and addresses the CRM knows.
 */
@Service
@Transactional
public class PortalRegistrations {

    /** What the visitor entered, checked by the form. */
    public record Registration(String companyName, String creditCode, String contactName, String email, String phone,
            String message) {
    }

    private final ContactSelfService contacts;
    private final JdbcClient jdbc;
    private final PortalTokens tokens;
    private final PortalMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalRegistrations(ContactSelfService contacts, JdbcClient jdbc, PortalTokens tokens, PortalMail mail,
            ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    public void register(Registration r) {
        var known = contacts.findForRegistration(r.companyName(), r.creditCode(), r.email());
        if (known.isEmpty()) {
            events.publishEvent(new PortalRegistrationReceived(r.companyName(), r.creditCode(), r.contactName(), r.email(),
                    r.phone(), r.message()));
            return;
        }
        ContactDetails contact = known.get();
        var account = jdbc.sql("select id, status from portal_account where contact_id = :c").param("c", contact.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long accountId;
        if (account.isPresent()) {
            if (!PortalAccountStatus.INVITED.name().equals(account.get()[1])) {
                return; // active or disabled: nothing to confirm; the sign-in page offers the password reset
            }
            accountId = (Long) account.get()[0];
        } else {
            boolean taken = jdbc.sql("select count(*) from portal_account where lower(login) = lower(:l)")
                    .param("l", contact.email().strip()).query(Long.class).single() > 0;
            if (taken) {
                return;
            }
            accountId = jdbc.sql("""
                    insert into portal_account(contact_id, customer_id, login, status, created_at)
                    values (:contact, :customer, :login, 'INVITED', :now) returning id""")
                    .param("contact", contact.id()).param("customer", contact.customerId())
                    .param("login", contact.email().strip()).param("now", Timestamp.from(clock.instant()))
                    .query(Long.class).single();
        }
        mail.send(contact.email().strip(), "invitation", contact.name(),
                "/portal/invitation/" + tokens.issue(accountId, PortalTokens.Purpose.INVITATION));
    }
}
