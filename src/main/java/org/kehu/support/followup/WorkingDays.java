package org.kehu.support.followup;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Adds working days to a date, by the working calendar of the service-level settings (weekdays, public
 * holidays and the weekend days worked in their place).
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate after(LocalDate start, int days, Predicate<LocalDate> workingDay) {
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (workingDay.test(d)) {
                left--;
            }
        }
        return d;
    }
}
