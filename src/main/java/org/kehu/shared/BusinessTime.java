package org.kehu.shared;

import java.time.Instant;
import java.time.ZoneId;

/** The company's time zone (China has one), in which pages, exports and forms show and read times. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    /**
     * {@code 2026-11-25 09:30}, or an empty text for no time.
     *
     * @deprecated use {@link Formats#dateTime}, the one formatter of times
     */
    @Deprecated
    public static String minutes(Instant instant) {
        return Formats.dateTime(instant);
    }
}
