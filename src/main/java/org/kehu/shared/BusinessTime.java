package org.kehu.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The company's time zone (China has one), in which pages, exports and forms show and read times. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private BusinessTime() {
    }

    /** {@code 2026-11-25 09:30}, or an empty text for no time. */
    public static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
