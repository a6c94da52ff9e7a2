package org.kehu.customer;

/**
 * Where a customer stands: served as usual, warned of churn (流失预警), or lost (已流失). A fixed set that the churn
 * rules set and read, so it is an enum with its labels in the message files ({@code customer.status.*}), not a
 * dictionary type that an administrator could extend with entries no rule knows.
 */
public enum CustomerStatus {
    ACTIVE, CHURN_WARNING, LOST;

    /** The message key of the label. */
    public String labelKey() {
        return "customer.status." + name();
    }
}
