package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kehu.marketing.MarketingChannel;
import org.kehu.shared.web.RefuseUnknownFields;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters for a campaign, from the form or the API; checked by {@link CampaignChecks}. {@code ownerId}
 * left empty means the user who saves it; {@code version} is required when updating. {@code mailSubject} and {@code mailBody} are the template of an
 * e-mail campaign (ignored for other channels).
 */
@RefuseUnknownFields
public class CampaignInput {

    private String name;
    private Long planId;
    private MarketingChannel channel;
    private Long ownerId;
    private BigDecimal budget;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private Long segmentId;
    private String description;
    private String mailSubject;
    private String mailBody;
    private Long version;

    static CampaignInput of(CampaignView c) {
        CampaignInput in = new CampaignInput();
        in.name = c.name();
        in.planId = c.planId();
        in.channel = c.channel();
        in.ownerId = c.ownerId();
        in.budget = c.budget();
        in.startsOn = c.startsOn();
        in.endsOn = c.endsOn();
        in.segmentId = c.segmentId();
        in.description = c.description();
        in.mailSubject = c.mailSubject();
        in.mailBody = c.mailBody();
        in.version = c.version();
        return in;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public MarketingChannel getChannel() { return channel; }
    public void setChannel(MarketingChannel channel) { this.channel = channel; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Long getSegmentId() { return segmentId; }
    public void setSegmentId(Long segmentId) { this.segmentId = segmentId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getMailSubject() { return mailSubject; }
    public void setMailSubject(String mailSubject) { this.mailSubject = mailSubject; }
    public String getMailBody() { return mailBody; }
    public void setMailBody(String mailBody) { this.mailBody = mailBody; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
