package org.kehu.churn;

/** A step in a warning's history. */
public enum ChurnAction {
    /** The daily job found no sale for the period. */
    FLAGGED,
    /** The owner took a measure and postponed the warning until a date. */
    POSTPONED,
    /** The postponement ended without a sale: the warning is back. */
    RETURNED,
    /** The owner confirmed the churn, with a reason. */
    CONFIRMED,
    /** The customer ordered again while warned. */
    CLEARED,
    /** A lost customer ordered again and is active again. */
    REACTIVATED;

    public String labelKey() {
        return "churn.action." + name();
    }
}
