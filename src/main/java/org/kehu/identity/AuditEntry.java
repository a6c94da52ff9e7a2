package org.kehu.identity;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit log as other modules read it, e.g. for a record's change history. {@code actorId} is
 * null for changes the system made; {@code actorName} is the username at the time of the change.
 */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, AuditAction action, String summary,
        Map<String, Object> oldValue, Map<String, Object> newValue) {
}
