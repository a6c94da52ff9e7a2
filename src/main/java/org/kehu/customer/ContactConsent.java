package org.kehu.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.customer.internal.ConsentRecorder;
import org.kehu.customer.internal.Contact;
import org.kehu.customer.internal.ContactRepository;
import org.kehu.customer.internal.ContactService;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's marketing consent and opt-out (退订), and their history. Every change goes through one method
 * (the form and the contact API too), which keeps the history: when, what, how and by whom. Staff work within
 * their data scope; {@link #optOutByContact(long)} is the contact's own way, through the unsubscribe link, and
 * needs no user: its caller has checked the link's token.
 *
 * <p>An opt-out is not consent withdrawn: staff may tick consent again, but marketing stays closed until the
 * contact withdraws the opt-out ({@link ConsentAction#OPT_OUT_WITHDRAWN}).
 */
@Service
@Transactional
public class ContactConsent {

    /** The most a note on a consent change takes. */
    public static final int NOTE_LENGTH = 500;

    private final ContactService contacts;
    private final ContactRepository repository;
    private final ConsentRecorder recorder;
    private final UserDirectory users;
    private final JdbcClient jdbc;

    ContactConsent(ContactService contacts, ContactRepository repository, ConsentRecorder recorder, UserDirectory users,
            JdbcClient jdbc) {
        this.contacts = contacts;
        this.repository = repository;
        this.recorder = recorder;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The contact's consent now; a contact outside the user's scope is "not found". */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public ConsentState state(long contactId) {
        return contacts.load(contactId).consentState();
    }

    /** The consent of each contact of a customer (in the user's scope), by contact id. */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public Map<Long, ConsentState> statesOfCustomer(long customerId) {
        Map<Long, ConsentState> states = new LinkedHashMap<>();
        contacts.list(customerId); // checks the customer's scope
        repository.findByCustomerIdOrderByPrimaryDescNameAsc(customerId)
                .forEach(c -> states.put(c.getId(), c.consentState()));
        return states;
    }

    /** The contact's consent history, newest first. */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public List<ConsentChange> history(long contactId) {
        contacts.load(contactId);
        return jdbc.sql("""
                select h.id, h.contact_id, h.changed_at, h.action, h.via, h.changed_by, u.name as changed_by_name, h.note
                  from contact_consent_change h left join app_user u on u.id = h.changed_by
                 where h.contact_id = :contact order by h.changed_at desc, h.id desc""")
                .param("contact", contactId).query(ConsentChange.class).list();
    }

    /**
     * Records one change by the signed-in staff member, {@code via} the form or the API. A change to the state
     * the contact is already in records nothing.
     */
    @PreAuthorize("hasAuthority('customer.edit')")
    public ConsentState change(long contactId, ConsentAction action, ConsentVia via, String note) {
        if (action == null) {
            throw InvalidInputException.of("action", "consent.error.action");
        }
        if (via != ConsentVia.FORM && via != ConsentVia.API) {
            throw InvalidInputException.of("via", "consent.error.via");
        }
        String cleanNote = note(note);
        Contact contact = contacts.load(contactId);
        recorder.record(contact, action, via, users.currentUser().map(CurrentUser::id).orElse(null), cleanNote);
        return contact.consentState();
    }

    /**
     * Sets the consent and, when {@code optedOut} is given, the opt-out, as the API's {@code PUT} does: each
     * difference to the present state is one recorded change. Consent given while the contact stays opted out
     * is kept, but marketing stays closed.
     */
    @PreAuthorize("hasAuthority('customer.edit')")
    public ConsentState set(long contactId, boolean marketingConsent, Boolean optedOut, ConsentVia via, String note) {
        ConsentState now = state(contactId);
        if (optedOut != null && optedOut != now.optedOut()) {
            now = change(contactId, optedOut ? ConsentAction.OPTED_OUT : ConsentAction.OPT_OUT_WITHDRAWN, via, note);
        }
        if (marketingConsent != now.marketingConsent()) {
            now = change(contactId, marketingConsent ? ConsentAction.CONSENT_GIVEN : ConsentAction.CONSENT_WITHDRAWN,
                    via, note);
        }
        return now;
    }

    /**
     * The contact opts out through the unsubscribe link: no user, no scope (the caller checked the link's
     * token). Using the link twice changes nothing the second time. Empty when the contact no longer exists.
     */
    public Optional<ConsentState> optOutByContact(long contactId) {
        return repository.findById(contactId).map(contact -> {
            recorder.record(contact, ConsentAction.OPTED_OUT, ConsentVia.UNSUBSCRIBE_LINK, null, null);
            return contact.consentState();
        });
    }

    /** The contact's consent without a user or scope, for the unsubscribe page (which shows no personal data). */
    @Transactional(readOnly = true)
    public Optional<ConsentState> stateForContact(long contactId) {
        return repository.findById(contactId).map(Contact::consentState);
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String clean = note.strip();
        if (clean.length() > NOTE_LENGTH || hasControl(clean)) {
            throw InvalidInputException.of("note", "consent.error.note");
        }
        return clean;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t');
    }
}
