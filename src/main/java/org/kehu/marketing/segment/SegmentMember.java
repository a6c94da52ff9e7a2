package org.kehu.marketing.segment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer of a segment, with what a marketer checks at a glance: region, owner, RFM segment, value, last order. */
public record SegmentMember(long id, String code, String name, String provinceCode, String ownerName, String rfmSegment,
        BigDecimal clv, BigDecimal pAlive, LocalDate lastOrderDay) {
}
