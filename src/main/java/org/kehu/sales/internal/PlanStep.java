package org.kehu.sales.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One dated step of an opportunity's development plan and, once done, its result. */
@Entity
@Table(name = "opportunity_plan_step")
public class PlanStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long opportunityId;
    private LocalDate plannedOn;
    private String item;
    private String result;
    private Instant resultAt;
    private Long resultBy;
    private long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected PlanStep() {
    }

    public PlanStep(long opportunityId, LocalDate plannedOn, String item, long createdBy, Instant at) {
        this.opportunityId = opportunityId;
        this.plannedOn = plannedOn;
        this.item = item;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public void recordResult(String text, long by, Instant at) {
        result = text;
        resultBy = by;
        resultAt = at;
    }

    public Long getId() { return id; }
    public long getOpportunityId() { return opportunityId; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public String getItem() { return item; }
    public String getResult() { return result; }
    public Instant getResultAt() { return resultAt; }
    public Long getResultBy() { return resultBy; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
