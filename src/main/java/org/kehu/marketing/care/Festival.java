package org.kehu.marketing.care;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The festivals a Chinese company greets its customers on: the lunar ones (春节, 元宵节, 端午节, 中秋节), whose
 * dates {@link LunarCalendar} computes each year, and the fixed ones (元旦, 国庆节). Which of them the company
 * greets on is a setting ({@code kehu.care.festivals}).
 */
enum Festival {
    NEW_YEAR(false, 1, 1),
    SPRING_FESTIVAL(true, 1, 1),
    LANTERN(true, 1, 15),
    DRAGON_BOAT(true, 5, 5),
    MID_AUTUMN(true, 8, 15),
    NATIONAL_DAY(false, 10, 1);

    private final boolean lunar;
    private final int month;
    private final int day;

    Festival(boolean lunar, int month, int day) {
        this.lunar = lunar;
        this.month = month;
        this.day = day;
    }

    boolean lunar() {
        return lunar;
    }

    /** The festival's date in a Gregorian year (each of these falls once in every Gregorian year). */
    LocalDate in(int year) {
        return lunar ? LunarCalendar.dateOf(year, month, day) : MonthDay.of(month, day).atYear(year);
    }
}
