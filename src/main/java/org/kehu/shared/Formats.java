package org.kehu.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one formatter of money, numbers and times, for Java (static methods) and templates (the bean
 * {@code fmt}: {@code ${@fmt.money(order.total)}}, {@code ${@fmt.dateTime(t.createdAt)}}).
 * <p>
 * Money is yuan with thousands separators and two decimals, {@code ¥1,234,567.00}, grouped as the
 * reader's locale groups. Times are shown in the company's zone ({@link BusinessTime#ZONE}) with
 * numbers in year-month-day order, {@code 2026-11-25 09:30}: that is how Chinese readers write them and
 * it cannot be misread in English; words (months, weekdays, long dates) follow the reader's locale.
 * A {@link LocalDateTime} or {@link LocalDate} is taken as already in the company's zone. Every method
 * answers an empty text for {@code null}, so that templates need no null checks.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** {@code ¥1,234.50}; a negative amount {@code -¥1,234.50}. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (amount.signum() < 0 ? "-¥" : "¥") + decimal(amount.abs(), 2);
    }

    /** A change of price: {@code +¥120.00}, {@code −¥80.00} (a real minus sign), {@code ¥0.00}. */
    public static String moneyChange(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (amount.signum() < 0 ? "−¥" : amount.signum() > 0 ? "+¥" : "¥") + decimal(amount.abs(), 2);
    }

    /** A number with thousands separators and as many decimals as it has: {@code 1,234} or {@code 2.5}. */
    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(6);
        return f.format(value instanceof BigDecimal b ? b.stripTrailingZeros() : value);
    }

    /** A number with thousands separators and exactly {@code digits} decimals, rounded half up. */
    public static String decimal(Number value, int digits) {
        if (value == null) {
            return "";
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(d);
    }

    /** {@code 2026-11-25}. */
    public static String date(TemporalAccessor at) {
        return format(DATE, at);
    }

    /** {@code 2026-11-25 09:30}. */
    public static String dateTime(TemporalAccessor at) {
        return format(DATE_TIME, at);
    }

    /** {@code 2026-11-25 09:30:05}, where seconds matter (the audit log). */
    public static String dateTimeSeconds(TemporalAccessor at) {
        return format(DATE_TIME_SECONDS, at);
    }

    /** {@code 09:30}. */
    public static String time(TemporalAccessor at) {
        return at instanceof LocalTime t ? TIME.format(t) : format(TIME, at);
    }

    /** The value of a {@code datetime-local} input: {@code 2026-11-25T09:30}. */
    public static String inputDateTime(TemporalAccessor at) {
        return format(INPUT, at);
    }

    /** A day in the reader's words: {@code 2026年11月25日} / {@code Nov 25, 2026}. */
    public static String day(TemporalAccessor at) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()), at);
    }

    /** A weekday's short name: {@code 周三} / {@code Wed}. */
    public static String weekday(TemporalAccessor at) {
        ZonedDateTime z = zoned(at);
        return z == null ? "" : z.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale());
    }

    /** A month: {@code 2026年11月} / {@code November 2026}. */
    public static String month(TemporalAccessor at) {
        Locale locale = locale();
        return format(DateTimeFormatter.ofPattern(locale.getLanguage().equals("zh") ? "yyyy年M月" : "MMMM yyyy", locale), at);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor at) {
        ZonedDateTime z = zoned(at);
        return z == null ? "" : formatter.format(z);
    }

    private static ZonedDateTime zoned(TemporalAccessor at) {
        if (at == null) {
            return null;
        }
        if (at instanceof Instant i) {
            return i.atZone(BusinessTime.ZONE);
        }
        if (at instanceof LocalDateTime l) {
            return l.atZone(BusinessTime.ZONE);
        }
        if (at instanceof LocalDate d) {
            return d.atStartOfDay(BusinessTime.ZONE);
        }
        return ZonedDateTime.from(at).withZoneSameInstant(BusinessTime.ZONE);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
