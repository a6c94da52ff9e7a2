package org.kehu.customer;

/**
 * A change of a contact's marketing consent or opt-out. Consent and opt-out are kept apart: staff may record
 * consent again, but an opt-out by the contact stays until the contact withdraws it ({@link #OPT_OUT_WITHDRAWN}),
 * so marketing stays closed to an opted-out contact whatever the consent box says.
 */
public enum ConsentAction {
    /** The contact agreed to receive marketing. */
    CONSENT_GIVEN,
    /** The contact no longer agrees to marketing (the opt-out stays as it is). */
    CONSENT_WITHDRAWN,
    /** The contact opted out of all marketing (退订); consent is withdrawn with it. */
    OPTED_OUT,
    /** The contact asked to receive marketing again: the opt-out is lifted (consent is a separate step). */
    OPT_OUT_WITHDRAWN
}
