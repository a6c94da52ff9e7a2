package org.kehu.portal.showcase;

import org.kehu.shared.InvalidInputException;

/** The {@code status} filter of the review list and the API: empty for all, else a {@link DiyStatus} name. */
final class DiyStatusParameter {

    private DiyStatusParameter() {
    }

    static DiyStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DiyStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "showcase.error.choice");
        }
    }
}
