package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.kehu.marketing.MarketingChannel;

/** A campaign as pages and the API show it, with its owner's name and, for e-mail, its mail template. */
record CampaignView(long id, String name, Long planId, MarketingChannel channel, long ownerId, String ownerName,
        BigDecimal budget, LocalDate startsOn, LocalDate endsOn, Long segmentId, CampaignStatus status,
        String description, Instant sentAt, Instant createdAt, long version, String mailSubject, String mailBody) {

    /** Public so that the page can ask. The saved mail template, or null when the campaign has none (not e-mail, or not written yet). */
    public org.kehu.marketing.mailing.MailTemplate mailTemplate() {
        return mailSubject == null || mailBody == null ? null : new org.kehu.marketing.mailing.MailTemplate(mailSubject, mailBody);
    }
}
