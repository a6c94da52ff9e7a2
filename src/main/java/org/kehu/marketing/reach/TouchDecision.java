package org.kehu.marketing.reach;

/** What the gate decided for one contact and source: admitted, or the reason it was held back. */
public enum TouchDecision {
    ADMITTED,
    /** A marketing touch to a contact who has not given marketing consent. */
    NO_CONSENT,
    /** The contact opted out of all marketing (退订); also closes care touches. */
    OPTED_OUT,
    /** The contact had already received the monthly cap's number of marketing touches this month. */
    CAP,
    /** Nothing to reach the contact on this channel: no valid e-mail address, no phone number. */
    NO_ADDRESS;

    public boolean heldBack() {
        return this != ADMITTED;
    }
}
