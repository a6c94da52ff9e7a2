package org.kehu.marketing.care;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * Dates of the Chinese (农历) calendar as China's official almanac gives them. The months come from ICU's
 * {@link ChineseCalendar}, which computes new moons and solar terms astronomically for Beijing time; where its
 * new moon falls within minutes of midnight, its approximation can start a month a day off the official tables
 * of the Purple Mountain Observatory (紫金山天文台) and the Hong Kong Observatory (香港天文台), and
 * {@link #OFFICIAL_MONTH_STARTS} puts those months where the official tables have them (checked against the
 * tables for 2020–2035 in {@code LunarFestivalDatesTests}).
 */
final class LunarCalendar {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /**
     * ICU's first day of a month → the official first day, where they differ:
     * <ul>
     * <li>正月 2027: the new moon is on 6 February 2027 at 23:56 Beijing time; ICU puts it after midnight and
     * starts the month (春节) on the 7th, the official almanac on the 6th.</li>
     * <li>正月 2030: the new moon is on 3 February 2030 at 00:07 Beijing time; ICU puts it before midnight and
     * starts the month on the 2nd, the official almanac on the 3rd (the Hong Kong Observatory's blog "Which day
     * is the Tuen Ng Festival for this year (2013)?" names 2030's Lunar New Year as one that popular calendars
     * get wrong).</li>
     * </ul>
     */
    static final Map<LocalDate, LocalDate> OFFICIAL_MONTH_STARTS = Map.of(
            LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 6),
            LocalDate.of(2030, 2, 2), LocalDate.of(2030, 2, 3));

    private LunarCalendar() {
    }

    /**
     * The Gregorian date of a day of a (non-leap) month of the lunar year that begins in the given Gregorian
     * year, e.g. {@code dateOf(2025, 8, 15)} is 中秋 2025.
     */
    static LocalDate dateOf(int gregorianYear, int lunarMonth, int day) {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.getTimeZone(BEIJING.getId()));
        // Mid-year is always inside the lunar year that began in this Gregorian year (春节 is 21 Jan – 20 Feb).
        calendar.setTimeInMillis(LocalDate.of(gregorianYear, 7, 1).atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
        calendar.set(ChineseCalendar.MONTH, lunarMonth - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(ChineseCalendar.DAY_OF_MONTH, 1);
        LocalDate icuStart = java.time.Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(BEIJING).toLocalDate();
        return OFFICIAL_MONTH_STARTS.getOrDefault(icuStart, icuStart).plusDays(day - 1L);
    }
}
