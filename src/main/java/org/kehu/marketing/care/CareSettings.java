package org.kehu.marketing.care;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Customer care's settings, from {@code kehu.care.*}: the festivals greeted on, how many days ahead the daily job
 * prepares greetings (so that owners can review them in time), and whether the job sends the day's greetings
 * itself where an owner has not.
 */
@Component
class CareSettings {

    private final Set<Festival> festivals;
    private final int leadDays;
    private final boolean autoSend;

    CareSettings(@Value("${kehu.care.festivals:NEW_YEAR,SPRING_FESTIVAL,LANTERN,DRAGON_BOAT,MID_AUTUMN,NATIONAL_DAY}") String festivals,
            @Value("${kehu.care.lead-days:3}") int leadDays, @Value("${kehu.care.auto-send:false}") boolean autoSend) {
        this.festivals = EnumSet.noneOf(Festival.class);
        for (String name : festivals.split(",")) {
            if (!name.isBlank()) {
                this.festivals.add(Festival.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        this.leadDays = Math.max(0, Math.min(leadDays, 30));
        this.autoSend = autoSend;
    }

    Set<Festival> festivals() {
        return festivals;
    }

    int leadDays() {
        return leadDays;
    }

    boolean autoSend() {
        return autoSend;
    }
}
