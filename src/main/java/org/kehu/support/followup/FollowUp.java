package org.kehu.support.followup;

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

import org.kehu.shared.RuleViolationException;

/** A follow-up visit (回访): planned for a day and a person, then done with its result. */
@Entity
@Table(name = "follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id")
    private long customerId;
    @Column(name = "contact_id")
    private Long contactId;
    @Column(name = "ticket_id")
    private Long ticketId;
    @Column(name = "ticket_number")
    private String ticketNumber;
    @Column(name = "planned_on")
    private LocalDate plannedOn;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Enumerated(EnumType.STRING)
    private FollowUpMethod method;
    private String note;
    private String result;
    private Integer satisfaction;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by")
    private Long doneBy;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(long customerId, Long contactId, Long ticketId, String ticketNumber, LocalDate plannedOn, Long assigneeId,
            FollowUpMethod method, String note, Long createdBy, Instant now) {
        this.customerId = customerId;
        this.contactId = contactId;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.plannedOn = plannedOn;
        this.assigneeId = assigneeId;
        this.method = method;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void record(FollowUpMethod method, String result, Integer satisfaction, long by, Instant now) {
        if (doneAt != null) {
            throw new RuleViolationException("followup.error.done", "The follow-up visit was already recorded");
        }
        this.method = method;
        this.result = result;
        this.satisfaction = satisfaction;
        this.doneBy = by;
        this.doneAt = now;
    }

    void reschedule(LocalDate plannedOn, Long assigneeId) {
        if (doneAt != null) {
            throw new RuleViolationException("followup.error.done", "The follow-up visit was already recorded");
        }
        this.plannedOn = plannedOn;
        this.assigneeId = assigneeId;
    }

    Long getId() {
        return id;
    }

    long getCustomerId() {
        return customerId;
    }

    long getVersion() {
        return version;
    }
}
