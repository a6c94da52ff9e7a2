package org.kehu.churn;

import java.util.List;

/** A customer's churn state for its page: the open warning if any (null otherwise) and every step, newest first. */
public record CustomerChurn(long customerId, WarningRow warning, List<ChurnHistoryEntry> history) {
}
