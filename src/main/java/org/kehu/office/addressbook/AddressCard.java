package org.kehu.office.addressbook;

/**
 * One person in the address book, whichever part they come from: a staff member ({@code organisation} is their
 * department), a contact of a customer ({@code organisation} is the customer, {@code customerId} links to it) or a
 * personal entry of the reader. {@code id} is the user's, the contact's or the entry's id.
 */
public record AddressCard(Kind kind, long id, String name, String organisation, String title, String mobile,
        String phone, String email, String address, Long customerId) {

    /** The part of the address book a card comes from. */
    public enum Kind {
        STAFF, CONTACT, PERSONAL
    }
}
