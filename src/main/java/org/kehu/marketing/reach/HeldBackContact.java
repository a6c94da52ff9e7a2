package org.kehu.marketing.reach;

import java.time.Instant;

/** A contact the gate held back from a source, with the reason. */
public record HeldBackContact(long contactId, String contactName, long customerId, String customerName,
        TouchDecision reason, Instant decidedAt) {
}
