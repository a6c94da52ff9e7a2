package org.kehu.shared.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.kehu.shared.InvalidInputException;

/**
 * The one cursor format of keyset paging: the sort key of a row (a text, a number, a date or a time) and
 * its id, as opaque URL-safe text. Parsing checks everything (an id, a value of the expected kind within
 * the range the database keeps) and refuses anything else with a 400 naming the parameter, so that a
 * hand-edited or outdated cursor never reaches SQL.
 */
public final class Cursor {

    /** The start of every cursor, so that cursors of the former formats are recognised and refused. */
    private static final String VERSION = "k1";
    private static final int MAX_LENGTH = 2_000;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private Cursor() {
    }

    /** A position in a list: the row's sort key and its id. */
    public record Position<V>(V value, long id) {
    }

    /** The cursor of a row sorted by {@code value} (a String, Long, LocalDate or Instant) then by id. */
    public static String of(Object value, long id) {
        String text;
        if (value instanceof String s) {
            text = "s" + s;
        } else if (value instanceof Long || value instanceof Integer) {
            text = "n" + value;
        } else if (value instanceof LocalDate d) {
            text = "d" + d;
        } else if (value instanceof Instant t) {
            text = "t" + ChronoUnit.MICROS.between(Instant.EPOCH, t);
        } else {
            throw new IllegalArgumentException("No cursor for a sort key of " + value);
        }
        return encode(VERSION + ":" + id + ":" + text);
    }

    /** The cursor of a row sorted by id alone. */
    public static String of(long id) {
        return encode(VERSION + ":" + id + ":-");
    }

    /**
     * The position a cursor names, whose sort key must be of {@code type} (String, Long, LocalDate or
     * Instant); a cursor that is not one answers 400 naming {@code parameter}.
     */
    public static <V> Position<V> parse(String cursor, String parameter, Class<V> type) {
        try {
            String[] parts = decode(cursor).split(":", 3);
            long id = id(parts);
            String value = parts[2];
            Object key;
            if (type == String.class && value.startsWith("s")) {
                key = value.substring(1);
            } else if (type == Long.class && value.startsWith("n")) {
                key = Long.parseLong(value.substring(1));
            } else if (type == LocalDate.class && value.startsWith("d")) {
                key = within(LocalDate.parse(value.substring(1)));
            } else if (type == Instant.class && value.startsWith("t")) {
                key = within(Instant.EPOCH.plus(Long.parseLong(value.substring(1)), ChronoUnit.MICROS));
            } else {
                throw new IllegalArgumentException("Not a cursor of " + type.getSimpleName());
            }
            return new Position<>(type.cast(key), id);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(parameter, "paging.error.cursor");
        }
    }

    /** The id a cursor of a list sorted by id alone names; 400 naming {@code parameter} otherwise. */
    public static long parseId(String cursor, String parameter) {
        try {
            String[] parts = decode(cursor).split(":", 3);
            if (!"-".equals(parts[2])) {
                throw new IllegalArgumentException("Not an id cursor");
            }
            return id(parts);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(parameter, "paging.error.cursor");
        }
    }

    /** Whether a cursor parameter was given (a blank one counts as none: an empty form field). */
    public static boolean given(String cursor) {
        return cursor != null && !cursor.isBlank();
    }

    private static long id(String[] parts) {
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Not a cursor");
        }
        long id = Long.parseLong(parts[1]);
        if (id <= 0) {
            throw new IllegalArgumentException("Not an id");
        }
        return id;
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Too long");
        }
        String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL in a cursor");
        }
        return text;
    }

    private static LocalDate within(LocalDate d) {
        if (d.isBefore(FIRST_DAY) || d.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("Date out of range");
        }
        return d;
    }

    private static Instant within(Instant t) {
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw new IllegalArgumentException("Time out of range");
        }
        return t;
    }
}
