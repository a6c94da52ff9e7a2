package org.kehu.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters for an opportunity, from the form or the API. Checked by {@link OpportunityChecks};
 * {@code probability} left empty means the stage's default. {@code version} is required when updating.
 */
public class OpportunityInput {

    private String sourceCode;
    private String prospectName;
    private Integer probability;
    private String summary;
    private String contactName;
    @org.kehu.shared.Phone
    private String contactPhone;
    private String description;
    private BigDecimal expectedAmount;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedCloseDate;
    private String stageCode;
    private Long version;

    public static OpportunityInput of(Opportunity o) {
        OpportunityInput in = new OpportunityInput();
        in.sourceCode = o.getSourceCode();
        in.prospectName = o.getProspectName();
        in.probability = o.getProbability();
        in.summary = o.getSummary();
        in.contactName = o.getContactName();
        in.contactPhone = o.getContactPhone();
        in.description = o.getDescription();
        in.expectedAmount = o.getExpectedAmount();
        in.expectedCloseDate = o.getExpectedCloseDate();
        in.stageCode = o.getStageCode();
        in.version = o.getVersion();
        return in;
    }

    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public String getProspectName() { return prospectName; }
    public void setProspectName(String prospectName) { this.prospectName = prospectName; }
    public Integer getProbability() { return probability; }
    public void setProbability(Integer probability) { this.probability = probability; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getExpectedAmount() { return expectedAmount; }
    public void setExpectedAmount(BigDecimal expectedAmount) { this.expectedAmount = expectedAmount; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
    public String getStageCode() { return stageCode; }
    public void setStageCode(String stageCode) { this.stageCode = stageCode; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
