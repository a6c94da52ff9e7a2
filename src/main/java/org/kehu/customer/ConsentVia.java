package org.kehu.customer;

/** How a consent change reached us, kept in the contact's consent history. */
public enum ConsentVia {
    /** A staff member on the contact's form or its consent card. */
    FORM,
    /** A client of the REST API. */
    API,
    /** The contact, through the one-click unsubscribe link of a marketing mail. */
    UNSUBSCRIBE_LINK,
    /** A customer import. */
    IMPORT
}
