package org.kehu.marketing.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The lunar festivals against the official almanac for 2020–2030. Expected dates: the Hong Kong Observatory's
 * "Gregorian-Lunar Calendar Conversion Table" of each year (香港天文台《公曆與農曆日期對照表》,
 * https://www.hko.gov.hk/en/gts/time/conversion.htm, the first days of the 1st, 5th and 8th lunar months), which
 * agree with the Purple Mountain Observatory's almanac and, for 2020–2026, with the State Council's holiday notices
 * (国务院办公厅关于20xx年部分节假日安排的通知: 春节, 端午节, 中秋节 holidays begin on or include these days). 2027
 * and 2030 are the years where ICU's own computation is a day off (new moon within minutes of midnight, Beijing
 * time): 2027's 春节 is Saturday 6 February in the Hong Kong general holidays list, and the Hong Kong Observatory's
 * blog "Which day is the Tuen Ng Festival for this year (2013)?" names 2030's Lunar New Year (3 February) as one
 * folk calendars get wrong.
 */
class LunarFestivalDatesTests {

    // year, 春节, 元宵节, 端午节, 中秋节
    private static final String[][] OFFICIAL = {
        {"2020", "2020-01-25", "2020-02-08", "2020-06-25", "2020-10-01"},
        {"2021", "2021-02-12", "2021-02-26", "2021-06-14", "2021-09-21"},
        {"2022", "2022-02-01", "2022-02-15", "2022-06-03", "2022-09-10"},
        {"2023", "2023-01-22", "2023-02-05", "2023-06-22", "2023-09-29"},
        {"2024", "2024-02-10", "2024-02-24", "2024-06-10", "2024-09-17"},
        {"2025", "2025-01-29", "2025-02-12", "2025-05-31", "2025-10-06"},
        {"2026", "2026-02-17", "2026-03-03", "2026-06-19", "2026-09-25"},
        {"2027", "2027-02-06", "2027-02-20", "2027-06-09", "2027-09-15"},
        {"2028", "2028-01-26", "2028-02-09", "2028-05-28", "2028-10-03"},
        {"2029", "2029-02-13", "2029-02-27", "2029-06-16", "2029-09-22"},
        {"2030", "2030-02-03", "2030-02-17", "2030-06-05", "2030-09-12"},
    };

    @Test
    void lunarFestivalsFallOnTheOfficialDatesForADecade() {
        List<String> wrong = new ArrayList<>();
        Festival[] lunar = {Festival.SPRING_FESTIVAL, Festival.LANTERN, Festival.DRAGON_BOAT, Festival.MID_AUTUMN};
        for (String[] row : OFFICIAL) {
            int year = Integer.parseInt(row[0]);
            for (int i = 0; i < lunar.length; i++) {
                LocalDate computed = lunar[i].in(year);
                if (!computed.equals(LocalDate.parse(row[i + 1]))) {
                    wrong.add(lunar[i] + " " + year + ": " + computed + " instead of " + row[i + 1]);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCorrectedYearsAreTheOnesWhereTheLibraryAloneIsADayOff() {
        // Without the correction ICU would greet a day late in 2027 and a day early in 2030.
        assertThat(LunarCalendar.OFFICIAL_MONTH_STARTS).containsEntry(LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 6))
                .containsEntry(LocalDate.of(2030, 2, 2), LocalDate.of(2030, 2, 3)).hasSize(2);
        assertThat(Festival.LANTERN.in(2027)).isEqualTo(Festival.SPRING_FESTIVAL.in(2027).plusDays(14));
    }

    @Test
    void fixedFestivalsAreTheSameDayEveryYear() {
        assertThat(Festival.NEW_YEAR.in(2028)).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(Festival.NATIONAL_DAY.in(2031)).isEqualTo(LocalDate.of(2031, 10, 1));
    }
}
