package org.kehu.sales.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.kehu.shared.RuleViolationException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A sales opportunity and the rules of its life: new → assigned → developing → won | lost. The owner is
 * whoever works it: the creator until it is assigned, then the assignee. A won or lost opportunity is
 * read-only; every refused step says why ({@link RuleViolationException}, 409).
 */
@Entity
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sourceCode;
    private String prospectName;
    private int probability;
    private boolean probabilityManual;
    private String summary;
    private String contactName;
    private String contactPhone;
    private String description;
    private BigDecimal expectedAmount;
    private LocalDate expectedCloseDate;
    private String stageCode;
    @Enumerated(EnumType.STRING)
    private OpportunityStatus status;
    @Column(updatable = false)
    private long createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Long assignedTo;
    private Instant assignedAt;
    private long ownerId;
    private Long customerId;
    private Long contactId;
    private String lostReasonCode;
    private String lostNote;
    private Instant closedAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Opportunity() {
    }

    public Opportunity(long createdBy, Instant at) {
        this.createdBy = createdBy;
        this.ownerId = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
        this.status = OpportunityStatus.NEW;
    }

    /** Fails with 409 when the opportunity is won or lost: those are read-only. */
    public void requireOpen() {
        if (status.isClosed()) {
            throw new RuleViolationException("sales.error.closed",
                    "The opportunity is " + status + " and can no longer be changed", status.name());
        }
    }

    public void edit(OpportunityFields f, Instant at) {
        requireOpen();
        sourceCode = f.sourceCode();
        prospectName = f.prospectName();
        summary = f.summary();
        contactName = f.contactName();
        contactPhone = f.contactPhone();
        description = f.description();
        expectedAmount = f.expectedAmount();
        expectedCloseDate = f.expectedCloseDate();
        stageCode = f.stageCode();
        probability = f.probability();
        probabilityManual = f.probabilityManual();
        updatedAt = at;
    }

    /** Hands it to an account manager; they become its owner. Possible until it is won or lost. */
    public void assign(long assignee, Instant at) {
        requireOpen();
        assignedTo = assignee;
        assignedAt = at;
        ownerId = assignee;
        if (status == OpportunityStatus.NEW) {
            status = OpportunityStatus.ASSIGNED;
        }
        updatedAt = at;
    }

    /** Moves it to another stage; the probability follows the stage's default unless a user set it. */
    public void moveToStage(String stage, Integer stageDefaultProbability, Instant at) {
        requireOpen();
        stageCode = stage;
        if (!probabilityManual && stageDefaultProbability != null) {
            probability = stageDefaultProbability;
        }
        updatedAt = at;
    }

    /** A plan step can be written once it is assigned, and not after it is closed. */
    public void requirePlanCanChange() {
        requireOpen();
        if (status == OpportunityStatus.NEW) {
            throw new RuleViolationException("sales.error.not-assigned",
                    "The opportunity must be assigned before its plan is written");
        }
    }

    /** The first recorded result starts the development. */
    public void resultRecorded(Instant at) {
        requirePlanCanChange();
        if (status == OpportunityStatus.ASSIGNED) {
            status = OpportunityStatus.DEVELOPING;
        }
        updatedAt = at;
    }

    /** Won: only an opportunity under development (assigned, with the plan under way) can be won. */
    public void win(long customer, Long contact, Instant at) {
        requireWinnable();
        status = OpportunityStatus.WON;
        customerId = customer;
        contactId = contact;
        probability = 100;
        closedAt = at;
        updatedAt = at;
    }

    public void lose(String reasonCode, String note, Instant at) {
        requireClosable();
        status = OpportunityStatus.LOST;
        lostReasonCode = reasonCode;
        lostNote = note;
        probability = 0;
        closedAt = at;
        updatedAt = at;
    }

    /** Closing needs an assignee: an opportunity nobody worked cannot be won or lost. */
    public void requireClosable() {
        requireOpen();
        if (status == OpportunityStatus.NEW) {
            throw new RuleViolationException("sales.error.close-unassigned",
                    "The opportunity must be assigned and developed before it is closed");
        }
    }

    /** Winning needs a plan under way: at least one step's result recorded (status developing). */
    public void requireWinnable() {
        requireClosable();
        if (status != OpportunityStatus.DEVELOPING) {
            throw new RuleViolationException("sales.error.win-not-developing",
                    "Record the result of at least one plan step before closing the opportunity as won");
        }
    }

    public Long getId() { return id; }
    public String getSourceCode() { return sourceCode; }
    public String getProspectName() { return prospectName; }
    public int getProbability() { return probability; }
    public boolean isProbabilityManual() { return probabilityManual; }
    public String getSummary() { return summary; }
    public String getContactName() { return contactName; }
    public String getContactPhone() { return contactPhone; }
    public String getDescription() { return description; }
    public BigDecimal getExpectedAmount() { return expectedAmount; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public String getStageCode() { return stageCode; }
    public OpportunityStatus getStatus() { return status; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getAssignedTo() { return assignedTo; }
    public Instant getAssignedAt() { return assignedAt; }
    public long getOwnerId() { return ownerId; }
    public Long getCustomerId() { return customerId; }
    public Long getContactId() { return contactId; }
    public String getLostReasonCode() { return lostReasonCode; }
    public String getLostNote() { return lostNote; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
