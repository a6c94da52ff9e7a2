package org.kehu.support.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Adds working days (Monday to Friday) to a date. Public holidays are not known here: the service-level
 * settings keep them, and a visit planned on a holiday is simply moved by whoever makes it.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate after(LocalDate start, int days) {
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
