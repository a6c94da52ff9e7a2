package org.kehu.marketing.campaign;

import org.kehu.marketing.TouchSource;
import org.kehu.marketing.reach.MarketingLinkClicked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A click on a tracked link of a campaign's mail is a response to the campaign: recorded once per contact (the
 * mailing publishes the first click per source and contact; {@link Campaigns#recordClick} ignores a repeat). A plain
 * listener in the click's own transaction: the response is there as soon as the contact lands on the page, and a
 * click that cannot be recorded is not counted either.
 */
@Component
class CampaignClicks {

    private final Campaigns campaigns;

    CampaignClicks(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @EventListener
    void on(MarketingLinkClicked click) {
        if (TouchSource.CAMPAIGN.equals(click.source().kind())) {
            campaigns.recordClick(click.source().id(), click.customerId(), click.contactId(), click.clickedAt());
        }
    }
}
