package org.kehu.customer;

import java.time.LocalDate;

/** A contact person of a customer; {@code primary} marks the customer's main contact. */
public record ContactDetails(long id, long customerId, String name, String department, String title,
        String nationalityCode, String officeAddress, String officePhone, String mobile, String email,
        String homeAddress, String homePhone, LocalDate birthday, String hobbies, boolean primary,
        boolean marketingConsent, long version) {
}
