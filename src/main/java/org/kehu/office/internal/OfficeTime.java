package org.kehu.office.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import org.kehu.shared.BusinessTime;

/** Between the instants the database keeps and the local times forms and the calendar show. */
public final class OfficeTime {

    private OfficeTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(BusinessTime.ZONE).toInstant();
    }
}
