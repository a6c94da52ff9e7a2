package org.kehu.customer.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One period in which an account manager followed a customer; {@code toAt} is null while it lasts. */
@Entity
@Table(name = "customer_ownership")
public class CustomerOwnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    private long ownerId;
    private Instant fromAt;
    private Instant toAt;
    private String reason;
    private Long changedBy;

    protected CustomerOwnership() {
    }

    public CustomerOwnership(long customerId, long ownerId, String reason, Long changedBy) {
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.fromAt = Instant.now();
        this.reason = reason;
        this.changedBy = changedBy;
    }

    public void end() {
        toAt = Instant.now();
    }

    public Long getId() { return id; }
}
