package org.kehu.marketing.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.mailing.MailTemplate;
import org.kehu.marketing.mailing.MailingProgress;
import org.kehu.marketing.mailing.MarketingMailings;
import org.kehu.marketing.mailing.RenderedMail;
import org.kehu.marketing.segment.Segments;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail of an e-mail campaign on its page: a preview of the saved template for a contact of its segment, a test
 * send to oneself, and how far the mailing is. The mailing engine ({@link MarketingMailings}) does the work; this
 * adds the campaign's data scope and its template.
 */
@Service
@Transactional(readOnly = true)
class CampaignMail {

    /** How many of the segment's contacts the preview offers. */
    static final int PREVIEW_CHOICES = 20;

    private final Campaigns campaigns;
    private final MarketingMailings mailings;
    private final Segments segments;
    private final UserDirectory users;
    private final JdbcClient jdbc;

    CampaignMail(Campaigns campaigns, MarketingMailings mailings, Segments segments, UserDirectory users, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.mailings = mailings;
        this.segments = segments;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A contact the preview may be merged for. */
    record PreviewContact(long id, String name, String customerName) {
    }

    /** The campaign's mailing and its progress; empty before it is sent (or when it is not e-mail). */
    Optional<MailingProgress> progress(long campaignId) {
        campaigns.get(campaignId);
        return mailings.progress(TouchSource.campaign(campaignId));
    }

    /** The first contacts of the campaign's segment with an address, within the reader's data scope. */
    List<PreviewContact> previewContacts(CampaignView c) {
        if (c.segmentId() == null) {
            return List.of();
        }
        SqlSet members;
        try {
            members = segments.contactsOf(c.segmentId());
        } catch (RecordNotFoundException gone) {
            return List.of();
        }
        OwnerScope scope = users.ownerScope();
        Map<String, Object> params = new HashMap<>(members.params());
        params.put("preview_limit", PREVIEW_CHOICES);
        String inScope = "";
        if (!scope.all()) {
            inScope = " and cu.owner_id = any(:preview_owners)";
            params.put("preview_owners", scope.ownerIdArray());
        }
        return jdbc.sql("select ct.id, ct.name, cu.name from contact ct join customer cu on cu.id = ct.customer_id"
                        + " where ct.email is not null and ct.id in (select m.contact_id from (" + members.sql() + ") m)"
                        + inScope + " order by ct.id limit :preview_limit")
                .params(params).query((rs, n) -> new PreviewContact(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The campaign's mail as the contact would receive it. */
    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    RenderedMail preview(long campaignId, Long contactId) {
        MailTemplate template = template(campaignId);
        if (contactId == null) {
            throw InvalidInputException.of("contactId", "mailing.error.contact");
        }
        return mailings.preview(template, contact(contactId));
    }

    /** Sends the campaign's mail to the signed-in user, merged for the contact when one is chosen. */
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    @Transactional
    RenderedMail sendTest(long campaignId, Long contactId) {
        return mailings.sendTest(template(campaignId), contactId == null ? null : contact(contactId));
    }

    private MailTemplate template(long campaignId) {
        MailTemplate template = campaigns.get(campaignId).mailTemplate();
        if (template == null) {
            throw InvalidInputException.of("mailSubject", "campaign.error.no-template");
        }
        return template;
    }

    /** A contact outside the reader's data scope is refused as if it were unknown, beside the contact field. */
    private long contact(long contactId) {
        OwnerScope scope = users.ownerScope();
        Map<String, Object> params = new HashMap<>();
        params.put("id", contactId);
        if (!scope.all()) {
            params.put("owners", scope.ownerIdArray());
        }
        boolean visible = jdbc.sql("select count(*) from contact ct join customer cu on cu.id = ct.customer_id where ct.id = :id"
                + (scope.all() ? "" : " and cu.owner_id = any(:owners)")).params(params).query(Long.class).single() > 0;
        if (!visible) {
            throw InvalidInputException.of("contactId", "mailing.error.contact");
        }
        return contactId;
    }
}
