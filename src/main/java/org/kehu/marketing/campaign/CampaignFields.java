package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kehu.marketing.MarketingChannel;

/**
 * A campaign's editable values once {@link CampaignChecks} cleaned them; the mail template (subject and body) only for
 * an e-mail campaign, else null.
 */
record CampaignFields(String name, Long planId, MarketingChannel channel, long ownerId, BigDecimal budget,
        LocalDate startsOn, LocalDate endsOn, Long segmentId, String description, String mailSubject, String mailBody) {
}
