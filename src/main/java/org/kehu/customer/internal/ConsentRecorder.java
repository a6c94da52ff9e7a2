package org.kehu.customer.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.kehu.customer.ConsentAction;
import org.kehu.customer.ConsentVia;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a contact's consent or opt-out changes: the form, the API, the unsubscribe link and the consent
 * card all come here, so that each change is also kept in the history (when, what, how, by whom).
 */
@Component
public class ConsentRecorder {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ContactRepository contacts;

    ConsentRecorder(JdbcClient jdbc, Clock clock, ContactRepository contacts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.contacts = contacts;
    }

    /**
     * Applies the change to the (managed) contact and records it; a change to the state the contact is already
     * in records nothing. Answers whether anything changed.
     *
     * @param byUserId the staff member, null when the contact did it
     */
    public boolean record(Contact contact, ConsentAction action, ConsentVia via, Long byUserId, String note) {
        Instant now = clock.instant();
        if (!contact.changeConsent(action, via, now)) {
            return false;
        }
        // Flushed at once: the marketing gate reads consent and opt-out in SQL, possibly in this transaction.
        contacts.saveAndFlush(contact);
        jdbc.sql("""
                insert into contact_consent_change(contact_id, changed_at, action, via, changed_by, note)
                values (:contact, :at, :action, :via, :by, :note)""")
                .param("contact", contact.getId()).param("at", Timestamp.from(now)).param("action", action.name())
                .param("via", via.name()).param("by", byUserId).param("note", note).update();
        return true;
    }
}
