package org.kehu.office.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.kehu.shared.BusinessTime;

/** Times as the office pages show them, in the company's time zone; {@code times} in the templates. */
public final class Times {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(BusinessTime.ZONE);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Locale locale;

    Times(Locale locale) {
        this.locale = locale;
    }

    /** {@code 2026-11-25 09:30}. */
    public String minutes(Instant at) {
        return BusinessTime.minutes(at);
    }

    /** {@code 09:30}. */
    public String hm(Instant at) {
        return at == null ? "" : HOUR_MINUTE.format(at);
    }

    /** The value of a datetime-local input. */
    public String input(LocalDateTime at) {
        return at == null ? "" : INPUT.format(at);
    }

    public String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** A weekday's short name in the reader's language. */
    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale);
    }

    /** {@code 2026年11月} / {@code November 2026}. */
    public String month(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(locale.getLanguage().equals("zh") ? "yyyy年M月" : "MMMM yyyy", locale));
    }
}
