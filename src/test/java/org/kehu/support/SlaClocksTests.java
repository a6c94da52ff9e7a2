package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kehu.support.sla.ServiceLevels;
import org.kehu.support.sla.WorkingTime;

/** Due and warning times of a ticket, in working time: 20 % of the target or 30 minutes before it is due. */
class SlaClocksTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final WorkingTime time = new WorkingTime(ZONE, LocalTime.of(8, 30), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(), Set.of());

    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(ZONE).toInstant();
    }

    @Test
    void aRepairAnsweredWithin100MinutesWarns30MinutesBefore() {
        ServiceLevels.Due due = ServiceLevels.due(time, new ServiceLevels.Target("REPAIR", "NORMAL", 100, 1440), at(24, 17, 0));
        assertThat(due.responseDue()).isEqualTo(at(25, 9, 40));
        assertThat(due.responseWarnAt()).isEqualTo(at(25, 9, 10));
    }

    @Test
    void aLongTargetWarnsWhenAFifthOfItIsLeft() {
        // 1,440 working minutes is 2 days 360 minutes; 20 % = 288 minutes before the due time.
        ServiceLevels.Due due = ServiceLevels.due(time, new ServiceLevels.Target("REPAIR", "NORMAL", 100, 1440), at(23, 8, 30));
        assertThat(due.resolutionDue()).isEqualTo(at(25, 14, 30));
        assertThat(time.minutesBetween(due.resolutionWarnAt(), due.resolutionDue())).isEqualTo(288);
    }
}
