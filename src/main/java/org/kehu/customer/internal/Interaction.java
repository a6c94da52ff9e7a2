package org.kehu.customer.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One contact with a customer: a visit, a call, a meeting … */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    private Instant occurredAt;
    private String place;
    private String channelCode;
    private Long contactId;
    private String summary;
    private String details;
    private Long recordedBy;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Interaction() {
    }

    public Interaction(long customerId, Instant occurredAt, String place, String channelCode, Long contactId,
            String summary, String details, Long recordedBy) {
        this.customerId = customerId;
        this.occurredAt = occurredAt;
        this.place = place;
        this.channelCode = channelCode;
        this.contactId = contactId;
        this.summary = summary;
        this.details = details;
        this.recordedBy = recordedBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
}
