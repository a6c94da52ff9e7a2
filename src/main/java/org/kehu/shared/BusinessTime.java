package org.kehu.shared;

import java.time.ZoneId;

/** The company's time zone (China has one), in which pages, exports and forms show and read times. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }
}
