package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.mailing.MailTemplate;
import org.kehu.marketing.mailing.MarketingMailings;
import org.kehu.marketing.reach.GateOutcome;
import org.kehu.marketing.reach.MarketingGate;
import org.kehu.marketing.reach.TouchPurpose;
import org.kehu.marketing.segment.SegmentRow;
import org.kehu.marketing.segment.Segments;
import org.kehu.sales.Opportunities;
import org.kehu.sales.OpportunitySummary;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (营销活动): planned, run and closed by marketing staff, with their actual costs, the responses staff
 * record (tracked-link clicks come in by themselves), the opportunities they brought and their report. A campaign
 * belongs to its owner: the reader's data scope applies to everything here (outside it: not found).
 */
@Service
@Transactional
class Campaigns {

    static final int PAGE_SIZE = 50;
    static final String OPPORTUNITY_SOURCE = "CAMPAIGN";

    private final CampaignRepository repository;
    private final CampaignQueries queries;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final CustomerManagement customers;
    private final Opportunities opportunities;
    private final AuditTrail audit;
    private final Segments segments;
    private final MarketingGate gate;
    private final MarketingMailings mailings;
    private final Clock clock;

    Campaigns(CampaignRepository repository, CampaignQueries queries, JdbcClient jdbc, UserDirectory users,
            CustomerManagement customers, Opportunities opportunities, AuditTrail audit, Segments segments,
            MarketingGate gate, MarketingMailings mailings, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.jdbc = jdbc;
        this.users = users;
        this.customers = customers;
        this.opportunities = opportunities;
        this.audit = audit;
        this.segments = segments;
        this.gate = gate;
        this.mailings = mailings;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    @Transactional(readOnly = true)
    KeysetPage<CampaignView> page(MarketingChannel channel, CampaignStatus status, String after, int size) {
        return queries.page(users.ownerScope(), channel, status, after, size);
    }

    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    @Transactional(readOnly = true)
    CampaignView get(long id) {
        return queries.find(id, users.ownerScope()).orElseThrow(() -> new RecordNotFoundException("Campaign", id));
    }

    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    @Transactional(readOnly = true)
    CampaignFigures figures(long id) {
        get(id);
        return queries.figures(id);
    }

    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    @Transactional(readOnly = true)
    List<CostEntry> costs(long id) {
        get(id);
        return queries.costs(id);
    }

    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    @Transactional(readOnly = true)
    List<ResponseEntry> responses(long id, int limit) {
        get(id);
        return queries.responses(id, limit);
    }

    /** The campaign's opportunities that the reader may see. */
    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    @Transactional(readOnly = true)
    List<OpportunitySummary> opportunities(long id) {
        get(id);
        return queries.opportunityIds(id).stream().map(opportunities::find).flatMap(java.util.Optional::stream).toList();
    }

    /** Opportunities whose source is a campaign and that no campaign claims yet: what may be linked. */
    @PreAuthorize("hasAuthority('marketing.campaign.view')")
    @Transactional(readOnly = true)
    List<OpportunitySummary> unclaimedOpportunities() {
        return opportunities.ofSource(OPPORTUNITY_SOURCE, 200).stream()
                .filter(o -> queries.campaignOfOpportunity(o.id()).isEmpty()).toList();
    }

    /** Marketing staff: those who may run campaigns. */
    @Transactional(readOnly = true)
    List<UserSummary> owners() {
        return users.usersWith(Permission.MARKETING_CAMPAIGN_EDIT);
    }

    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    CampaignView create(CampaignInput input) {
        CurrentUser me = users.requireCurrentUser();
        CampaignFields fields = CampaignChecks.campaign(input, ownerIds(), me.id());
        requireSegment(fields.segmentId());
        Campaign c = repository.saveAndFlush(new Campaign(fields, me.id(), clock.instant()));
        audit.recordChange(AuditAction.CREATE, "campaign", c.getId(), fields.name(), null, auditValues(fields));
        return get(c.getId());
    }

    /** Saves the edited values; a stale version answers 409. */
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    CampaignView update(long id, CampaignInput input) {
        CampaignView before = get(id);
        CampaignFields fields = CampaignChecks.campaign(input, ownerIds(), users.requireCurrentUser().id());
        requireSegment(fields.segmentId());
        if (input.getVersion() == null) {
            throw InvalidInputException.of("version", "campaign.error.version-required");
        }
        Campaign c = repository.findById(id).orElseThrow();
        if (input.getVersion() != c.getVersion()) {
            throw new ConcurrentEditException("Campaign", id);
        }
        c.apply(fields, clock.instant());
        repository.saveAndFlush(c);
        audit.recordChange(AuditAction.UPDATE, "campaign", id, fields.name(), auditValues(new CampaignFields(
                before.name(), before.planId(), before.channel(), before.ownerId(), before.budget(), before.startsOn(),
                before.endsOn(), before.segmentId(), before.description(), before.mailSubject(), before.mailBody())),
                auditValues(fields));
        return get(id);
    }

    /** Moves the campaign to another status if its present one allows it (else 409). */
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    CampaignView move(long id, CampaignStatus next, Long version) {
        CampaignView before = get(id);
        if (next == null) {
            throw InvalidInputException.of("status", "campaign.error.status-required");
        }
        Campaign c = repository.findById(id).orElseThrow();
        if (version == null || version != c.getVersion()) {
            throw new ConcurrentEditException("Campaign", id);
        }
        c.moveTo(next, clock.instant());
        repository.saveAndFlush(c);
        audit.recordChange(AuditAction.UPDATE, "campaign", id, before.name(), Map.of("status", before.status().name()),
                Map.of("status", next.name()));
        return get(id);
    }

    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    long addCost(long id, LocalDate spentOn, String item, BigDecimal amount) {
        requireRecording(get(id));
        CampaignChecks.cost(spentOn, item, amount, today());
        return jdbc.sql("""
                insert into campaign_cost(campaign_id, spent_on, item, amount, recorded_by, recorded_at)
                values (:id, :day, :item, :amount, :by, :now) returning id""")
                .param("id", id).param("day", spentOn).param("item", CampaignChecks.strip(item)).param("amount", amount)
                .param("by", users.requireCurrentUser().id()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    void removeCost(long id, long costId) {
        requireRecording(get(id));
        if (jdbc.sql("delete from campaign_cost where id = :cost and campaign_id = :id").param("cost", costId)
                .param("id", id).update() == 0) {
            throw new RecordNotFoundException("Campaign cost", costId);
        }
    }

    /** A response staff learnt of (a call, a visit to the stand): the customer, optionally one of its contacts. */
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    long recordResponse(long id, Long customerId, Long contactId, LocalDate respondedOn, String note) {
        requireRecording(get(id));
        CampaignChecks.response(customerId, respondedOn, note, today());
        if (customers.summary(customerId).isEmpty()) {
            throw InvalidInputException.of("customerId", "campaign.error.customer");
        }
        if (contactId != null) {
            ContactDetails contact;
            try {
                contact = customers.contact(contactId);
            } catch (RecordNotFoundException e) {
                throw InvalidInputException.of("contactId", "campaign.error.contact");
            }
            if (contact.customerId() != customerId) {
                throw InvalidInputException.of("contactId", "campaign.error.contact");
            }
        }
        Instant at = respondedOn.equals(today()) ? clock.instant()
                : respondedOn.atTime(12, 0).atZone(BusinessTime.ZONE).toInstant();
        return jdbc.sql("""
                insert into campaign_response(campaign_id, customer_id, contact_id, responded_at, via, note, recorded_by)
                values (:id, :customer, :contact, :at, 'STAFF', :note, :by) returning id""")
                .param("id", id).param("customer", customerId).param("contact", contactId)
                .param("at", Timestamp.from(at)).param("note", CampaignChecks.strip(note))
                .param("by", users.requireCurrentUser().id()).query(Long.class).single();
    }

    /**
     * A click on a tracked link of the campaign's mail: a response of the contact's customer, once per contact
     * (later clicks change nothing). Answers whether it was new.
     */
    boolean recordClick(long campaignId, long customerId, long contactId, Instant at) {
        return jdbc.sql("""
                insert into campaign_response(campaign_id, customer_id, contact_id, responded_at, via)
                select :id, :customer, :contact, :at, 'LINK' where exists (select 1 from campaign where id = :id)
                on conflict (campaign_id, contact_id) where via = 'LINK' do nothing""")
                .param("id", campaignId).param("customer", customerId).param("contact", contactId)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /**
     * Sends the campaign once: freezes the contacts its segment reaches now into the campaign's members, passes them
     * through the marketing gate in one set operation (consent, opt-out, address, monthly cap; every decision kept
     * per contact with its reason), and keeps the counts for the report. A planned campaign starts running. An
     * e-mail campaign's mails are queued for the admitted contacts through {@link MarketingMailings#start} (in the
     * background after the commit, progress on the campaign's page); the gate keeps its first decision per contact,
     * so the counts kept here stay those of the mailing. A stale version answers 409, as does a campaign without a
     * segment, an e-mail campaign without its mail template, one sent before, done or cancelled.
     */
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    CampaignFigures send(long id, Long version) {
        CampaignView c = get(id);
        if (c.segmentId() == null) {
            throw new RuleViolationException("campaign.error.no-segment", "The campaign has no target segment");
        }
        if (c.sentAt() != null) {
            throw new RuleViolationException("campaign.error.sent", "The campaign was sent already");
        }
        if (c.status() != CampaignStatus.PLANNED && c.status() != CampaignStatus.RUNNING) {
            throw new RuleViolationException("campaign.error.not-open", "Only a planned or running campaign is sent");
        }
        MailTemplate template = c.mailTemplate();
        if (c.channel() == MarketingChannel.EMAIL && template == null) {
            throw new RuleViolationException("campaign.error.no-template", "An e-mail campaign needs its mail before it is sent");
        }
        if (version == null || jdbc.sql("""
                update campaign set sent_at = :now, updated_at = :now, version = version + 1,
                       status = case when status = 'PLANNED' then 'RUNNING' else status end
                 where id = :id and version = :version and sent_at is null and status in ('PLANNED', 'RUNNING')""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("version", version).update() != 1) {
            throw new ConcurrentEditException("Campaign", id);
        }
        SqlSet members = segments.contactsOf(c.segmentId());
        Map<String, Object> params = new HashMap<>(members.params());
        params.put("campaign_frozen_id", id);
        jdbc.sql("insert into campaign_member(campaign_id, contact_id) select distinct :campaign_frozen_id, m.contact_id from ("
                        + members.sql() + ") m where m.contact_id is not null on conflict do nothing")
                .params(params).update();
        SqlSet frozen = new SqlSet("select contact_id from campaign_member where campaign_id = :campaign_member_of",
                Map.of("campaign_member_of", id));
        GateOutcome outcome = gate.admit(TouchSource.campaign(id), c.channel(), TouchPurpose.MARKETING, frozen);
        jdbc.sql("""
                update campaign set sent_count = :sent, held_no_consent = :consent, held_opted_out = :opted,
                       held_by_cap = :cap, held_no_address = :address where id = :id""")
                .param("sent", outcome.admitted()).param("consent", outcome.heldNoConsent())
                .param("opted", outcome.heldOptedOut()).param("cap", outcome.heldByCap())
                .param("address", outcome.heldNoAddress()).param("id", id).update();
        audit.recordChange(AuditAction.UPDATE, "campaign", id, c.name(), Map.of("sent", false),
                Map.of("sent", outcome.admitted(), "heldBack", outcome.heldBack()));
        if (c.channel() == MarketingChannel.EMAIL) {
            mailings.start(TouchSource.campaign(id), template, frozen);
        }
        return queries.figures(id);
    }

    /** Claims an opportunity whose source is a campaign for this campaign; one campaign per opportunity. */
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    void linkOpportunity(long id, Long opportunityId) {
        requireRecording(get(id));
        if (opportunityId == null) {
            throw InvalidInputException.of("opportunityId", "campaign.error.opportunity-required");
        }
        OpportunitySummary o = opportunities.find(opportunityId)
                .orElseThrow(() -> InvalidInputException.of("opportunityId", "campaign.error.opportunity"));
        if (queries.campaignOfOpportunity(o.id()).isPresent()) {
            throw new RuleViolationException("campaign.error.opportunity-claimed", "The opportunity belongs to a campaign already");
        }
        jdbc.sql("insert into campaign_opportunity(campaign_id, opportunity_id, linked_by, linked_at) values (:id, :o, :by, :now)")
                .param("id", id).param("o", o.id()).param("by", users.requireCurrentUser().id())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** The attribution window in days and the settings' version. */
    @Transactional(readOnly = true)
    AttributionSetting attribution() {
        return jdbc.sql("select attribution_days, version from campaign_setting where id = 1")
                .query((rs, n) -> new AttributionSetting(rs.getInt(1), rs.getLong(2))).single();
    }

    /** Sets the attribution window (1–365 days); a stale version answers 409. */
    @PreAuthorize("hasAuthority('marketing.campaign.edit')")
    AttributionSetting changeAttribution(Integer days, Long version) {
        if (days == null || days < 1 || days > 365) {
            throw InvalidInputException.of("attributionDays", "campaign.error.attribution-days");
        }
        AttributionSetting before = attribution();
        if (version == null || jdbc.sql("""
                update campaign_setting set attribution_days = :days, updated_by = :by, updated_at = :now, version = version + 1
                 where id = 1 and version = :version""")
                .param("days", days).param("by", users.requireCurrentUser().id()).param("now", Timestamp.from(clock.instant()))
                .param("version", version).update() != 1) {
            throw new ConcurrentEditException("Campaign settings", 1L);
        }
        audit.recordChange(AuditAction.UPDATE, "campaign_setting", 1L, "attribution", Map.of("attributionDays", before.days()),
                Map.of("attributionDays", days));
        return attribution();
    }

    /** The attribution window setting. */
    record AttributionSetting(int days, long version) {
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private Set<Long> ownerIds() {
        Set<Long> ids = new HashSet<>();
        owners().forEach(u -> ids.add(u.id()));
        return ids;
    }

    /** The saved segments a campaign may target, newest first. */
    @Transactional(readOnly = true)
    List<SegmentRow> segmentChoices() {
        return segments.list(null, 200).items();
    }

    private void requireSegment(Long segmentId) {
        if (segmentId != null) {
            try {
                segments.get(segmentId);
            } catch (RecordNotFoundException e) {
                throw InvalidInputException.of("segmentId", "campaign.error.segment");
            }
        }
    }

    private static void requireRecording(CampaignView c) {
        if (!c.status().recording()) {
            throw new RuleViolationException("campaign.error.cancelled", "The campaign was cancelled");
        }
    }

    private static Map<String, Object> auditValues(CampaignFields f) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", f.name());
        values.put("channel", f.channel().name());
        values.put("ownerId", f.ownerId());
        values.put("budget", f.budget());
        values.put("startsOn", f.startsOn().toString());
        values.put("endsOn", f.endsOn().toString());
        values.put("planId", f.planId());
        values.put("segmentId", f.segmentId());
        values.put("mailSubject", f.mailSubject());
        return values;
    }
}
