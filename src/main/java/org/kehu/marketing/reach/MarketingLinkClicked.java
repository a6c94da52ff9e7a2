package org.kehu.marketing.reach;

import java.time.Instant;

import org.kehu.marketing.TouchSource;

/**
 * A contact clicked a tracked link of a marketing mail: published once per source and contact (the first
 * click), for campaigns to count as a response.
 */
public record MarketingLinkClicked(TouchSource source, long contactId, long customerId, Instant clickedAt) {
}
