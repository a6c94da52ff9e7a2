package org.kehu.customer;

import java.time.Instant;

/**
 * A contact's marketing consent and opt-out now. Marketing may reach the contact only when
 * {@link #marketingAllowed()}: consent given and no opt-out.
 *
 * @param optedOutAt when the contact opted out, null when not opted out
 * @param optOutVia  how the opt-out came ({@link ConsentVia} name), null when not opted out
 */
public record ConsentState(long contactId, long customerId, boolean marketingConsent, Instant optedOutAt,
        ConsentVia optOutVia) {

    public boolean optedOut() {
        return optedOutAt != null;
    }

    public boolean marketingAllowed() {
        return marketingConsent && optedOutAt == null;
    }
}
