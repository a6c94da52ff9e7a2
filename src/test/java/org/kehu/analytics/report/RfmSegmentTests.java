package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The segment map gives each of the 25 (R, FM) pairs — and so each of the 125 (R, F, M) triples — one segment. */
class RfmSegmentTests {

    @Test
    void everyPairOfScoresHasExactlyOneSegmentAndEverySegmentIsReached() {
        Set<RfmSegment> reached = EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                RfmSegment s = RfmSegment.of(r, fm);
                assertThat(s).as("R%d FM%d", r, fm).isNotNull();
                reached.add(s);
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(RfmSegment.values());
        for (int f = 1; f <= 5; f++) {
            for (int m = 1; m <= 5; m++) {
                assertThat(RfmSegment.fm(f, m)).isBetween(1, 5);
            }
        }
    }

    @Test
    void thePublishedCornersLandWhereTheMapSays() {
        assertThat(RfmSegment.of(5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(5, 1)).isEqualTo(RfmSegment.NEW_CUSTOMERS);
        assertThat(RfmSegment.of(4, 1)).isEqualTo(RfmSegment.PROMISING);
        assertThat(RfmSegment.of(3, 3)).isEqualTo(RfmSegment.NEED_ATTENTION);
        assertThat(RfmSegment.of(3, 4)).isEqualTo(RfmSegment.LOYAL_CUSTOMERS);
        assertThat(RfmSegment.of(1, 5)).isEqualTo(RfmSegment.CANT_LOSE_THEM);
        assertThat(RfmSegment.of(2, 3)).isEqualTo(RfmSegment.AT_RISK);
        assertThat(RfmSegment.of(1, 1)).isEqualTo(RfmSegment.HIBERNATING);
        assertThat(RfmSegment.of(3, 2)).isEqualTo(RfmSegment.ABOUT_TO_SLEEP);
        assertThat(RfmSegment.of(4, 2)).isEqualTo(RfmSegment.POTENTIAL_LOYALISTS);
        assertThat(RfmSegment.fm(4, 5)).isEqualTo(5);
        assertThat(RfmSegment.fm(1, 2)).isEqualTo(2);
        assertThatThrownBy(() -> RfmSegment.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
