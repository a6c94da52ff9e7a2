package org.kehu.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A telephone number, the one rule for forms, import and API alike. Numbers are read as Chinese unless
 * they start with {@code +} or {@code 00} and another country's code; Google's libphonenumber knows
 * which mobile prefixes and which area codes exist (so {@code 140…} or {@code 0123-…} are refused, and a
 * Shenzhen number needs eight digits).
 * <p>
 * {@link #value()} is the form stored and shown: a Chinese mobile as its eleven digits
 * ({@code 13812345678}, whether typed with {@code +86}, {@code 0086}, spaces or dashes), a landline as
 * area code, dash, number and an optional extension ({@code 010-12345678-123}; typed also as
 * {@code 转123}, {@code 分机123} or {@code ext. 123}), a service number as {@code 400-812-3456}, another
 * country's number in its international form ({@code +852 2345 6789}). Every stored form reads back to
 * itself.
 */
public record PhoneNumber(String value, Kind kind) {

    /** What a number reaches; only {@link #MOBILE} receives text messages. */
    public enum Kind { MOBILE, LANDLINE, OTHER }

    /** The longest text the phone columns hold. */
    public static final int MAX_LENGTH = 32;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String CHINA = "CN";
    /** 010-12345678-123, as Chinese business cards write an extension. */
    private static final Pattern DASHED_EXTENSION = Pattern.compile("^(\\(?0\\d{2,3}\\)?[- ]?\\d{7,8})-(\\d{1,6})$");
    private static final Pattern CHINESE_EXTENSION = Pattern.compile("\\s*(转|分机)\\s*(\\d{1,6})$");

    /** The number in a text, or empty when the text is blank, too long or no valid number. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher dashed = DASHED_EXTENSION.matcher(t);
        if (dashed.matches()) {
            t = dashed.group(1) + " ext. " + dashed.group(2);
        }
        t = CHINESE_EXTENSION.matcher(t).replaceFirst(" ext. $2");
        try {
            Phonenumber.PhoneNumber n = UTIL.parse(t, CHINA);
            if (!UTIL.isValidNumber(n)) {
                return Optional.empty();
            }
            PhoneNumber phone = of(n);
            return phone.value.length() > MAX_LENGTH ? Optional.empty() : Optional.of(phone);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the text is a valid telephone number of any kind. */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** Whether the text is a valid mobile number (Chinese or another country's). */
    public static boolean isMobile(String text) {
        return parse(text).filter(p -> p.kind == Kind.MOBILE).isPresent();
    }

    /**
     * The stored form of a number: blank gives {@code null}; a text that is no valid number is returned
     * stripped, so that data written before this rule is kept as it was rather than lost.
     */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).map(PhoneNumber::value).orElse(text.strip());
    }

    private static PhoneNumber of(Phonenumber.PhoneNumber n) {
        PhoneNumberType type = UTIL.getNumberType(n);
        Kind kind = switch (type) {
            case MOBILE -> Kind.MOBILE;
            case FIXED_LINE, FIXED_LINE_OR_MOBILE -> Kind.LANDLINE;
            default -> Kind.OTHER;
        };
        if (n.getCountryCode() != 86) {
            return new PhoneNumber(UTIL.format(n, PhoneNumberFormat.INTERNATIONAL), kind);
        }
        String national = UTIL.getNationalSignificantNumber(n);
        String extension = n.hasExtension() && !n.getExtension().isEmpty() ? "-" + n.getExtension() : "";
        if (kind == Kind.MOBILE) {
            return new PhoneNumber(national, kind);
        }
        int area = UTIL.getLengthOfGeographicalAreaCode(n);
        if (area > 0) {
            return new PhoneNumber("0" + national.substring(0, area) + "-" + national.substring(area) + extension, kind);
        }
        Phonenumber.PhoneNumber plain = new Phonenumber.PhoneNumber().mergeFrom(n).clearExtension();
        return new PhoneNumber(UTIL.format(plain, PhoneNumberFormat.NATIONAL).replace(' ', '-') + extension, kind);
    }

    @Override
    public String toString() {
        return value;
    }
}
