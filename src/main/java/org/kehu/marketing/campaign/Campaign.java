package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kehu.marketing.MarketingChannel;
import org.kehu.shared.RuleViolationException;

/** A marketing campaign (营销活动): what a user edits of it, and its status. Costs and responses are rows of their own. */
@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "plan_id")
    private Long planId;
    @Enumerated(EnumType.STRING)
    private MarketingChannel channel;
    @Column(name = "owner_id")
    private long ownerId;
    private BigDecimal budget;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "segment_id")
    private Long segmentId;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;
    private String description;
    @Column(name = "mail_subject")
    private String mailSubject;
    @Column(name = "mail_body")
    private String mailBody;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(CampaignFields fields, long createdBy, Instant now) {
        apply(fields, now);
        this.status = CampaignStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    final void apply(CampaignFields f, Instant now) {
        this.name = f.name();
        this.planId = f.planId();
        this.channel = f.channel();
        this.ownerId = f.ownerId();
        this.budget = f.budget();
        this.startsOn = f.startsOn();
        this.endsOn = f.endsOn();
        this.segmentId = f.segmentId();
        this.description = f.description();
        this.mailSubject = f.mailSubject();
        this.mailBody = f.mailBody();
        this.updatedAt = now;
    }

    void moveTo(CampaignStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new RuleViolationException("campaign.error.status-move", "A campaign cannot move from " + status + " to " + next,
                    status, next);
        }
        this.status = next;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    CampaignStatus getStatus() {
        return status;
    }

    long getOwnerId() {
        return ownerId;
    }
}
