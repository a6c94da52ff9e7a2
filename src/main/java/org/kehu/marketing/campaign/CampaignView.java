package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.kehu.marketing.MarketingChannel;

/** A campaign as pages and the API show it, with its owner's name. */
record CampaignView(long id, String name, Long planId, MarketingChannel channel, long ownerId, String ownerName,
        BigDecimal budget, LocalDate startsOn, LocalDate endsOn, Long segmentId, CampaignStatus status,
        String description, Instant sentAt, Instant createdAt, long version) {
}
