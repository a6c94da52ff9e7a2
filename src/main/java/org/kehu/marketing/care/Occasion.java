package org.kehu.marketing.care;

import java.util.Optional;

/** Why a contact is greeted: a birthday, the anniversary of becoming a customer, or one of the {@link Festival}s. */
public enum Occasion {
    BIRTHDAY, ANNIVERSARY, NEW_YEAR, SPRING_FESTIVAL, LANTERN, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY;

    static Occasion of(Festival festival) {
        return valueOf(festival.name());
    }

    Optional<Festival> festival() {
        return this == BIRTHDAY || this == ANNIVERSARY ? Optional.empty() : Optional.of(Festival.valueOf(name()));
    }
}
