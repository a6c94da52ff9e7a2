package org.kehu.churn;

/**
 * Where a churn warning stands: waiting for the owner, postponed with a measure until a date, confirmed (the
 * customer is lost), or cleared by a new sale. The owner may postpone or confirm a pending or postponed warning.
 */
public enum WarningState {
    PENDING, POSTPONED, CONFIRMED, CLEARED;

    /** Whether the owner may still postpone or confirm it. */
    public boolean canBeHandled() {
        return this == PENDING || this == POSTPONED;
    }

    public String labelKey() {
        return "churn.state." + name();
    }
}
