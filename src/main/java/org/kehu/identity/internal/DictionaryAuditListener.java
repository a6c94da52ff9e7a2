package org.kehu.identity.internal;

import org.kehu.dictionary.DictionaryChanged;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the dictionary's changes to the audit log. A plain (synchronous) listener on purpose: it runs
 * in the dictionary's transaction, so the change and its audit entry commit or roll back together.
 */
@Component
class DictionaryAuditListener {

    private final AuditTrail audit;

    DictionaryAuditListener(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DictionaryChanged change) {
        audit.recordChange(AuditAction.valueOf(change.action()), change.entityType(), change.entityId(),
                change.summary(), change.oldValue(), change.newValue());
    }
}
