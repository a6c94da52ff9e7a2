package org.kehu.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What any input must respect before it reaches a rule or a column: dates within the years people
 * enter (Java's range reaches year 999,999,999, PostgreSQL's and the time zone arithmetic's do not), and
 * text without control characters (PostgreSQL refuses NUL; the others only break exports and pages).
 * The web layer applies both to every request; module checks may use them for values from elsewhere.
 */
public final class InputLimits {

    /** The most a {@code text} column takes from a form or the API: long notes, never a book. */
    public static final int LONG_TEXT = 10_000;

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.MIN);
    private static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MAX);

    private InputLimits() {
    }

    /** Whether a date or time lies within {@link #EARLIEST_DATE} .. {@link #LATEST_DATE}; other values pass. */
    public static boolean isWithinDateRange(Object value) {
        if (value instanceof Instant i) {
            return !i.isBefore(EARLIEST_INSTANT) && !i.isAfter(LATEST_INSTANT);
        }
        LocalDate date = null;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof LocalDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof OffsetDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof ZonedDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof YearMonth m) {
            date = m.atDay(1);
        }
        return date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /**
     * Whether a number fits a {@code numeric(precision, scale)} column once rounded to its scale, as the
     * column would round it. Decides by the digits before any arithmetic, so that {@code 1e999999999}
     * costs nothing.
     */
    public static boolean fitsNumeric(BigDecimal value, int precision, int scale) {
        if (value == null) {
            return true;
        }
        int integerDigits = precision - scale;
        if (value.scale() > 100 || value.precision() - value.scale() > integerDigits) {
            return false;
        }
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        return rounded.precision() - rounded.scale() <= integerDigits;
    }

    /** A whole number (where whole units are meant: parts, pieces); {@code null} passes. */
    public static boolean isWholeNumber(BigDecimal value) {
        return value == null || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** Whether a text fits a column of {@code max} characters (as PostgreSQL counts them: code points). */
    public static boolean fitsLength(String text, int max) {
        return text == null || text.length() <= max || text.codePointCount(0, text.length()) <= max;
    }

    /** Control characters other than tab, line feed and carriage return (C0 and DEL). */
    public static boolean hasControlCharacter(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
