package org.kehu.customer;

import java.util.List;

/**
 * A new customer looks like existing ones (same name, phone or tax number). The user sees the
 * duplicates and may confirm to create the customer anyway. Answers 409 in the API.
 */
public class DuplicateCustomersException extends RuntimeException {

    /** An existing customer that matches the new one on {@code matchedOn} (name, phone or taxNumber). */
    public record Duplicate(long id, String code, String name, String matchedOn) {
    }

    private final List<Duplicate> duplicates;

    public DuplicateCustomersException(List<Duplicate> duplicates) {
        super("Possible duplicates: " + duplicates.stream().map(Duplicate::code).toList());
        this.duplicates = List.copyOf(duplicates);
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }
}
