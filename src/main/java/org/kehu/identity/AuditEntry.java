package org.kehu.identity;

import java.time.Instant;
import java.util.Map;

/** One entry of the audit log as other modules read it, e.g. for a record's change history. */
public record AuditEntry(long id, Instant at, String actorName, AuditAction action, String summary,
        Map<String, Object> oldValue, Map<String, Object> newValue) {
}
