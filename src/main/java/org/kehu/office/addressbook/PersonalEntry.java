package org.kehu.office.addressbook;

/** One entry of a user's personal address book, as stored. */
public record PersonalEntry(long id, String name, String company, String title, String mobile, String phone,
        String email, String address, String note, long version) {

    AddressCard card() {
        return new AddressCard(AddressCard.Kind.PERSONAL, id, name, company, title, mobile, phone, email, address, null);
    }
}
